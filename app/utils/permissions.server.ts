import { data, type AppLoadContext } from "@remix-run/node";
import { requireUser } from "./auth.server.ts";
import { db } from "./db.server.ts";
import type { SessionUser } from "./session.server.ts";

// Every permission rule of the foundation lives here; loaders and actions of
// private data call these helpers (docs/decisions/004-permissions.md).

export type SiteRole = SessionUser["siteRole"];
export type OrgRole = "MEMBER" | "ADMIN";

export const forbidden = () => data({ reason: "forbidden" }, { status: 403 });
export const notFound = () => data({ reason: "notFound" }, { status: 404 });

const siteRank: Record<SiteRole, number> = { USER: 0, MODERATOR: 1, ADMIN: 2 };

export function hasSiteRole(user: Pick<SessionUser, "siteRole"> | null, role: SiteRole): boolean {
  return !!user && siteRank[user.siteRole] >= siteRank[role];
}

/** The signed-in user when they hold `role` (or higher) site-wide; 403 otherwise. */
export async function requireSiteRole(request: Request, context: AppLoadContext, role: SiteRole): Promise<SessionUser> {
  const user = await requireUser(request, context);
  if (!hasSiteRole(user, role)) throw forbidden();
  return user;
}

/** The user's membership of an organisation, or null. */
export function findMembership(userId: string, orgId: string) {
  return db.membership.findUnique({ where: { userId_orgId: { userId, orgId } } });
}

/**
 * The user's membership with at least `role`. Site admins pass as org admins
 * (they manage every organisation). Throws 403.
 */
export async function requireMembership(user: SessionUser, orgId: string, role: OrgRole = "MEMBER") {
  const membership = await findMembership(user.id, orgId);
  if (hasSiteRole(user, "ADMIN")) return membership ?? { id: null, userId: user.id, orgId, role: "ADMIN" as const };
  if (!membership || (role === "ADMIN" && membership.role !== "ADMIN")) throw forbidden();
  return membership;
}

export type OrgAction = "view-members" | "manage-members" | "invite" | "edit" | "leave";

/** What a user may do with one organisation, given their membership (or none). */
export function canOnOrg(
  user: Pick<SessionUser, "siteRole"> | null,
  membership: { role: OrgRole } | null,
  action: OrgAction,
): boolean {
  if (!user) return false;
  if (hasSiteRole(user, "ADMIN") && action !== "leave") return true;
  if (!membership) return false;
  switch (action) {
    case "view-members":
    case "leave":
      return true;
    case "manage-members":
    case "invite":
    case "edit":
      return membership.role === "ADMIN";
  }
}

/** Throws 403 unless `canOnOrg` allows the action. */
export function assertCanOnOrg(user: SessionUser, membership: { role: OrgRole } | null, action: OrgAction) {
  if (!canOnOrg(user, membership, action)) throw forbidden();
}
