import { describe, expect, it } from "vitest";
import type { SessionUser } from "#app/utils/session.server.ts";
import { can, denialStatus, viewerFrom, type Ability, type OrgRole, type Viewer } from "./access.server.ts";

// One table of role × ability × object → outcome. New domains add rows here;
// every ability has at least one denial row (checked at the end).

const HOME = "org-home";
const OTHER = "org-other";

function person(id: string, siteRole: SessionUser["siteRole"], orgs: Record<string, OrgRole> = {}): Viewer {
  const user: SessionUser = { id, email: `${id}@test`, name: id, locale: "en", siteRole, emailVerifiedAt: null };
  return viewerFrom(
    user,
    Object.entries(orgs).map(([orgId, role]) => ({ orgId, role })),
  );
}

const viewers = {
  visitor: viewerFrom(null),
  loner: person("loner", "USER"),
  member: person("member", "USER", { [HOME]: "MEMBER" }),
  orgAdmin: person("orgadmin", "USER", { [HOME]: "ADMIN" }),
  outsider: person("outsider", "USER", { [OTHER]: "ADMIN" }),
  moderator: person("moderator", "MODERATOR"),
  admin: person("admin", "ADMIN"),
};
type Who = keyof typeof viewers;

const home = { orgId: HOME };
const publicCat = { visibility: "PUBLIC" as const };
const membersCat = { visibility: "MEMBERS" as const };
const topic = (o: { authorId?: string; hidden?: boolean; cat?: { visibility: "PUBLIC" | "MEMBERS" } } = {}) => ({
  authorId: o.authorId ?? "member",
  hiddenAt: o.hidden ? new Date() : null,
  category: o.cat ?? publicCat,
});
const post = (o: { authorId?: string; locked?: boolean; hidden?: boolean } = {}) => ({
  authorId: o.authorId ?? "member",
  hiddenAt: o.hidden ? new Date() : null,
  topic: { locked: o.locked ?? false },
});

type Row = [ability: Ability, subject: unknown, allowed: Who[], label?: string];

const table: Row[] = [
  ["site:administer", undefined, ["admin"]],
  ["site:moderate", undefined, ["moderator", "admin"]],
  ["org:view-members", home, ["member", "orgAdmin", "admin"]],
  ["org:invite", home, ["orgAdmin", "admin"]],
  ["org:manage-members", home, ["orgAdmin", "admin"]],
  ["org:edit", home, ["orgAdmin", "admin"]],
  ["org:view-progress", home, ["orgAdmin", "admin"]],
  ["org:leave", home, ["member", "orgAdmin"]],
  ["org:verify", undefined, ["admin"]],
  ["directory:see-members", undefined, ["member", "orgAdmin", "outsider", "admin"]],
  ["directory:request-contact", undefined, ["member", "orgAdmin", "outsider"]],
  ["contacts:use", home, ["member", "orgAdmin"]],
  ["contacts:answer-request", home, ["orgAdmin"]],
  [
    "forum:read",
    publicCat,
    ["visitor", "loner", "member", "orgAdmin", "outsider", "moderator", "admin"],
    "public category",
  ],
  ["forum:read", membersCat, ["member", "orgAdmin", "outsider", "moderator", "admin"], "members category"],
  ["forum:write", publicCat, ["loner", "member", "orgAdmin", "outsider", "moderator", "admin"], "public category"],
  ["forum:write", membersCat, ["member", "orgAdmin", "outsider", "moderator", "admin"], "members category"],
  [
    "forum:reply",
    { locked: false, category: publicCat },
    ["loner", "member", "orgAdmin", "outsider", "moderator", "admin"],
    "open public topic",
  ],
  [
    "forum:reply",
    { locked: false, category: membersCat },
    ["member", "orgAdmin", "outsider", "moderator", "admin"],
    "open members topic",
  ],
  ["forum:reply", { locked: true, category: publicCat }, ["moderator", "admin"], "locked topic"],
  [
    "forum:see-topic",
    topic(),
    ["visitor", "loner", "member", "orgAdmin", "outsider", "moderator", "admin"],
    "visible topic",
  ],
  ["forum:see-topic", topic({ hidden: true }), ["moderator", "admin"], "hidden topic"],
  [
    "forum:see-topic",
    topic({ cat: membersCat }),
    ["member", "orgAdmin", "outsider", "moderator", "admin"],
    "members topic",
  ],
  ["forum:see-post", post({ hidden: true }), ["member", "moderator", "admin"], "hidden post (author member)"],
  ["forum:edit-post", post(), ["member", "moderator", "admin"], "own post"],
  ["forum:edit-post", post({ locked: true }), ["moderator", "admin"], "own post in a locked topic"],
  ["forum:mark-solution", topic(), ["member", "moderator", "admin"], "topic by member"],
  ["forum:moderate", undefined, ["moderator", "admin"]],
  ["certificate:revoke", { userId: "member" }, ["member"], "member's certificate"],
];

describe("access table", () => {
  for (const [ability, subject, allowed, label] of table) {
    for (const who of Object.keys(viewers) as Who[]) {
      const expected = allowed.includes(who);
      it(`${who} ${expected ? "may" : "may not"} ${ability}${label ? ` (${label})` : ""}`, () => {
        const check = can as (v: Viewer, a: Ability, s?: unknown) => boolean;
        expect(check(viewers[who], ability, subject)).toBe(expected);
      });
    }
  }

  it("every ability has a row with a denial, and private objects deny with 404", () => {
    const denied = new Set(
      table.filter(([, , allowed]) => allowed.length < Object.keys(viewers).length).map(([a]) => a),
    );
    const abilities: Ability[] = [...new Set(table.map(([a]) => a))];
    for (const a of abilities) expect(denied.has(a), a).toBe(true);
    expect(denialStatus("contacts:use")).toBe(404);
    expect(denialStatus("forum:see-topic")).toBe(404);
    expect(denialStatus("org:edit")).toBe(403);
  });
});
