import type { AppLoadContext } from "@remix-run/node";
import { requireUser } from "#app/utils/auth.server.ts";
import { notFound } from "#app/utils/permissions.server.ts";
import { contactOrgForUser, resolveContactOrg } from "./contacts.server.ts";

/**
 * The signed-in user and the organisation whose contacts a page shows, from
 * `?org=<slug>` (default: their first organisation). A slug of an
 * organisation they do not belong to is a 404, as if it did not exist.
 */
export async function requireContactOrg(request: Request, context: AppLoadContext) {
  const user = await requireUser(request, context);
  const slug = new URL(request.url).searchParams.get("org") ?? undefined;
  // A slug is ASCII letters, digits and dashes; anything else ("%00") names no organisation and never reaches a query.
  if (slug !== undefined && !/^[A-Za-z0-9_-]{1,140}$/.test(slug)) throw notFound();
  const ctx = await resolveContactOrg(user.id, slug);
  if (!ctx && slug) throw notFound();
  return { user, ctx };
}

/** The user and the organisation owning contact `id`, when the user is its member; otherwise 404. */
export async function requireContactAccess(request: Request, context: AppLoadContext, id: string) {
  const user = await requireUser(request, context);
  const org = await contactOrgForUser(user.id, id);
  if (!org) throw notFound();
  return { user, org };
}
