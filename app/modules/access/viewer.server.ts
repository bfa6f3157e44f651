import type { AppLoadContext } from "@remix-run/node";
import { getUser, requireUser } from "#app/utils/auth.server.ts";
import { db } from "#app/utils/db.server.ts";
import type { SessionUser } from "#app/utils/session.server.ts";
import { assertCan, viewerFrom, type Viewer } from "./access.server.ts";

/** The viewer of a user: memberships come with the session row; a user built elsewhere (tests, scripts) reads them once. */
export async function viewerOf(user: SessionUser | null): Promise<Viewer> {
  if (!user) return viewerFrom(null);
  const memberships =
    user.memberships ??
    (await db.membership.findMany({ where: { userId: user.id }, select: { orgId: true, role: true } }));
  return viewerFrom(user, memberships);
}

/** The request's viewer (a visitor when nobody is signed in). The session is read once per request however often this is called. */
export async function getViewer(request: Request, context: AppLoadContext): Promise<Viewer> {
  return viewerOf(await getUser(request, context));
}

/** The signed-in viewer, or a redirect to the sign-in page that comes back here. */
export async function requireViewer(
  request: Request,
  context: AppLoadContext,
): Promise<Viewer & { user: SessionUser }> {
  return (await viewerOf(await requireUser(request, context))) as Viewer & { user: SessionUser };
}

/** The signed-in viewer when they hold a site-wide ability; visitors go to sign in, anyone else signed in gets 403. */
export async function requireSiteAbility(
  request: Request,
  context: AppLoadContext,
  ability: "site:administer" | "site:moderate",
): Promise<Viewer & { user: SessionUser }> {
  const viewer = await requireViewer(request, context);
  assertCan(viewer, ability);
  return viewer;
}

/** The signed-in site admin (admin pages and their actions). */
export const requireAdmin = (request: Request, context: AppLoadContext) =>
  requireSiteAbility(request, context, "site:administer");
