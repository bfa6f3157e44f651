import type { AppLoadContext } from "@remix-run/node";
import { getUser, requireUser } from "#app/utils/auth.server.ts";
import { forbidden, notFound } from "#app/utils/permissions.server.ts";
import { INT4_MAX } from "#app/utils/text-schema.ts";
import { canSeeTopic, getTopic, viewerOf } from "./forum.server.ts";

/** The topic named by a `<number>-<slug>` URL segment, if the viewer may see it (404 otherwise: no existence leak). */
export async function loadTopic(request: Request, context: AppLoadContext, segment: string | undefined, { signedIn = false } = {}) {
  const number = Number(/^(\d+)/.exec(segment ?? "")?.[1]);
  const user = signedIn ? await requireUser(request, context) : await getUser(request, context);
  const viewer = await viewerOf(user);
  const topic = Number.isSafeInteger(number) && number > 0 && number <= INT4_MAX ? await getTopic(number) : null;
  if (!topic || !canSeeTopic(viewer, topic)) throw notFound();
  return { viewer, topic };
}

/** Throws 403 unless the viewer is a moderator or admin. */
export function assertModerator(viewer: { isModerator: boolean }) {
  if (!viewer.isModerator) throw forbidden();
}
