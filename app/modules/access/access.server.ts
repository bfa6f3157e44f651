import { forbidden, notFound } from "#app/utils/responses.server.ts";
import type { SessionUser } from "#app/utils/session.server.ts";

// Every permission rule of the product lives in this file
// (docs/decisions/004-permissions.md). Loaders and actions build one Viewer
// per request and ask `can`/`assertCan` about one object at a time; a new
// domain adds its abilities to `rules` and its rows to the access table test.

export type SiteRole = SessionUser["siteRole"];
export type OrgRole = "MEMBER" | "ADMIN";
export type Visibility = "PUBLIC" | "MEMBERS";

/** Who is asking: the user (or nobody), their site role and their organisations with the role in each. */
export type Viewer = {
  user: SessionUser | null;
  /** organisation id → role in it */
  memberships: ReadonlyMap<string, OrgRole>;
};

const siteRank: Record<SiteRole, number> = { USER: 0, MODERATOR: 1, ADMIN: 2 };

export function hasSiteRole(user: Pick<SessionUser, "siteRole"> | null | undefined, role: SiteRole): boolean {
  return !!user && siteRank[user.siteRole] >= siteRank[role];
}

/** A viewer from a user and their memberships (as read with the session). */
export function viewerFrom(
  user: SessionUser | null,
  memberships: Iterable<{ orgId: string; role: OrgRole }> = [],
): Viewer {
  return { user, memberships: new Map([...memberships].map((m) => [m.orgId, m.role])) };
}

export const anonymousViewer: Viewer = viewerFrom(null);

export const isModerator = (v: Viewer) => hasSiteRole(v.user, "MODERATOR");
export const isSiteAdmin = (v: Viewer) => hasSiteRole(v.user, "ADMIN");
/** Members of any organisation (or moderators) count as network members: they read members-only forum categories. */
export const isNetworkMember = (v: Viewer) => v.memberships.size > 0 || isModerator(v);
export const roleIn = (v: Viewer, orgId: string): OrgRole | null => v.memberships.get(orgId) ?? null;
const isOrgAdmin = (v: Viewer, orgId: string) => roleIn(v, orgId) === "ADMIN";
const isOrgMember = (v: Viewer, orgId: string) => roleIn(v, orgId) !== null;

type Org = { orgId: string };
type ForumCategory = { visibility: Visibility };
type ForumTopic = { authorId: string | null; hiddenAt: Date | null; category: ForumCategory };
type ForumPost = { authorId: string | null; hiddenAt?: Date | null; topic: { locked: boolean } };
type Owned = { userId: string };

/**
 * What each ability needs to know about its object, and what a denial
 * answers: 404 where the object's existence is itself private, 403 where the
 * viewer can already see the object but may not do this with it.
 */
const rules = {
  // Site
  "site:administer": { deny: 403, allow: (v: Viewer) => isSiteAdmin(v) },
  "site:moderate": { deny: 403, allow: (v: Viewer) => isModerator(v) },

  // Organisations
  "org:view-members": { deny: 403, allow: (v: Viewer, o: Org) => isSiteAdmin(v) || isOrgMember(v, o.orgId) },
  "org:invite": { deny: 403, allow: (v: Viewer, o: Org) => isSiteAdmin(v) || isOrgAdmin(v, o.orgId) },
  "org:manage-members": { deny: 403, allow: (v: Viewer, o: Org) => isSiteAdmin(v) || isOrgAdmin(v, o.orgId) },
  "org:edit": { deny: 403, allow: (v: Viewer, o: Org) => isSiteAdmin(v) || isOrgAdmin(v, o.orgId) },
  "org:view-progress": { deny: 403, allow: (v: Viewer, o: Org) => isSiteAdmin(v) || isOrgAdmin(v, o.orgId) },
  /** Site admins manage every organisation but only leave their own. */
  "org:leave": { deny: 403, allow: (v: Viewer, o: Org) => isOrgMember(v, o.orgId) },
  "org:verify": { deny: 403, allow: (v: Viewer) => isSiteAdmin(v) },

  // Directory: member details on profiles and contact requests are for members of the network.
  "directory:see-members": { deny: 403, allow: (v: Viewer) => v.memberships.size > 0 || isSiteAdmin(v) },
  "directory:request-contact": { deny: 403, allow: (v: Viewer) => v.memberships.size > 0 },

  // Cooperation contacts: an organisation's tracker is private to its members (404 to others).
  "contacts:use": { deny: 404, allow: (v: Viewer, o: Org) => isOrgMember(v, o.orgId) },
  "contacts:answer-request": { deny: 403, allow: (v: Viewer, o: Org) => isOrgAdmin(v, o.orgId) },

  // Forum
  "forum:read": { deny: 404, allow: (v: Viewer, c: ForumCategory) => c.visibility === "PUBLIC" || isNetworkMember(v) },
  "forum:write": {
    deny: 403,
    allow: (v: Viewer, c: ForumCategory) => !!v.user && (c.visibility === "PUBLIC" || isNetworkMember(v)),
  },
  /** Replying: writing in the topic's category, and a locked topic only for moderators. */
  "forum:reply": {
    deny: 403,
    allow: (v: Viewer, t: { locked: boolean; category: ForumCategory }) =>
      !!v.user && (t.category.visibility === "PUBLIC" || isNetworkMember(v)) && (!t.locked || isModerator(v)),
  },
  "forum:see-topic": {
    deny: 404,
    allow: (v: Viewer, t: ForumTopic) =>
      (t.category.visibility === "PUBLIC" || isNetworkMember(v)) && (!t.hiddenAt || isModerator(v)),
  },
  "forum:see-post": {
    deny: 404,
    allow: (v: Viewer, p: ForumPost) => !p.hiddenAt || isModerator(v) || (!!v.user && p.authorId === v.user.id),
  },
  /** Authors edit their own posts (not in a locked topic); moderators edit any. */
  "forum:edit-post": {
    deny: 403,
    allow: (v: Viewer, p: ForumPost) => !!v.user && (isModerator(v) || (p.authorId === v.user.id && !p.topic.locked)),
  },
  /** The topic's author or a moderator marks the answer that solved it. */
  "forum:mark-solution": {
    deny: 403,
    allow: (v: Viewer, t: ForumTopic) => !!v.user && (t.authorId === v.user.id || isModerator(v)),
  },
  "forum:moderate": { deny: 403, allow: (v: Viewer) => isModerator(v) },

  // Learning
  "certificate:revoke": { deny: 403, allow: (v: Viewer, c: Owned) => !!v.user && c.userId === v.user.id },
} satisfies Record<string, { deny: 403 | 404; allow: (v: Viewer, o: never) => boolean }>;

export type Ability = keyof typeof rules;
type Subject<A extends Ability> = Parameters<(typeof rules)[A]["allow"]>[1];
/** Abilities that need no object. */
type Unary = { [A in Ability]: Parameters<(typeof rules)[A]["allow"]>["length"] extends 1 ? A : never }[Ability];

export { forbidden, notFound };

/** Whether the viewer may do `ability` with `subject`. */
export function can<A extends Ability>(
  viewer: Viewer,
  ability: A,
  ...subject: A extends Unary ? [] : [Subject<A>]
): boolean {
  const rule = rules[ability] as { allow: (v: Viewer, o: unknown) => boolean };
  return rule.allow(viewer, subject[0]);
}

/** Throws the ability's denial (403 or 404, rendered by the shared error boundary) unless `can` allows it. */
export function assertCan<A extends Ability>(
  viewer: Viewer,
  ability: A,
  ...subject: A extends Unary ? [] : [Subject<A>]
): void {
  if (!can(viewer, ability, ...subject)) throw rules[ability].deny === 404 ? notFound() : forbidden();
}

/** The status a denial of `ability` answers (for tests and for callers that return instead of throw). */
export const denialStatus = (ability: Ability) => rules[ability].deny;
