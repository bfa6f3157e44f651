import { describe, expect, test } from "vitest";
import { addMember, createOrg, createUser, lastEmailLink } from "#tests/factories.ts";
import { action as orgAction } from "#app/routes/$lang+/orgs+/$slug.tsx";
import { db } from "#app/utils/db.server.ts";
import { canOnOrg } from "#app/utils/permissions.server.ts";
import { createSession } from "#app/utils/session.server.ts";
import {
  INVITATION_TTL_MS,
  acceptInvitation,
  createInvitation,
  leaveOrganisation,
  removeMember,
  revokeInvitation,
  slugify,
  transferAdmin,
} from "./orgs.server.ts";

const origin = "http://portolan.test";

/** Calls the organisation page's action as `userId` would with a browser form. */
async function postAsUser(userId: string | null, slug: string, form: Record<string, string>) {
  const headers = new Headers({ "Content-Type": "application/x-www-form-urlencoded" });
  if (userId) headers.set("Cookie", `portolan_session=${(await createSession(userId)).token}`);
  const request = new Request(`${origin}/en/orgs/${slug}`, { method: "POST", headers, body: new URLSearchParams(form) });
  const context = { cspNonce: "", clientIp: "127.0.0.1", responseHeaders: new Headers() };
  try {
    const result = await orgAction({ request, params: { lang: "en", slug }, context });
    return { status: (result as { init?: { status?: number } })?.init?.status ?? 200, result };
  } catch (thrown) {
    if (thrown instanceof Response) return { status: thrown.status, result: null };
    const init = (thrown as { init?: { status?: number } }).init;
    if (init?.status) return { status: init.status, result: null };
    throw thrown;
  }
}

describe("slugs", () => {
  test("names in the region's languages become readable ASCII slugs", () => {
    expect(slugify("Užupio Kūrybinių Industrijų Centras")).toBe("uzupio-kurybiniu-industriju-centras");
    expect(slugify("Stocznia Kreatywna Gdańsk – Łódź")).toBe("stocznia-kreatywna-gdansk-lodz");
    expect(slugify("Grünerløkka Straße")).toBe("grunerlokka-strasse");
    expect(slugify("!!!")).toBe("organisation");
  });

  test("a taken slug gets a numbered suffix", async () => {
    const user = await createUser();
    const a = await createOrg(user.id, "Harbour Lab");
    const b = await createOrg(user.id, "Harbour Lab");
    expect(a.slug).toBe("harbour-lab");
    expect(b.slug).toBe("harbour-lab-2");
  });
});

describe("permission matrix", () => {
  test("who may do what with an organisation", () => {
    const user = { siteRole: "USER" as const };
    const admin = { siteRole: "ADMIN" as const };
    expect(canOnOrg(null, null, "view-members")).toBe(false);
    expect(canOnOrg(user, null, "view-members")).toBe(false);
    expect(canOnOrg(user, { role: "MEMBER" }, "view-members")).toBe(true);
    expect(canOnOrg(user, { role: "MEMBER" }, "invite")).toBe(false);
    expect(canOnOrg(user, { role: "MEMBER" }, "manage-members")).toBe(false);
    expect(canOnOrg(user, { role: "ADMIN" }, "invite")).toBe(true);
    expect(canOnOrg(admin, null, "invite")).toBe(true);
    expect(canOnOrg(admin, null, "leave")).toBe(false);
  });

  test("through the page's action: an org admin can invite, a member, an outsider and a visitor cannot", async () => {
    const orgAdmin = await createUser();
    const member = await createUser();
    const outsider = await createUser();
    const org = await createOrg(orgAdmin.id);
    await addMember(org.id, member.id);
    await addMember((await createOrg(outsider.id)).id, member.id);

    const ok = await postAsUser(orgAdmin.id, org.slug, { intent: "inviteLink", role: "MEMBER" });
    expect(ok.status).toBe(200);
    expect((ok.result as { data: { link: string } }).data.link).toMatch(/\/en\/invite\/[a-z2-7]+$/);

    expect((await postAsUser(member.id, org.slug, { intent: "inviteLink", role: "MEMBER" })).status).toBe(403);
    expect((await postAsUser(outsider.id, org.slug, { intent: "inviteEmail", email: "x@example.test", role: "ADMIN" })).status).toBe(403);
    expect((await postAsUser(member.id, org.slug, { intent: "removeMember", membershipId: "whatever" })).status).toBe(403);
    // A visitor is sent to sign in.
    expect((await postAsUser(null, org.slug, { intent: "inviteLink", role: "MEMBER" })).status).toBe(302);
    expect(await db.invitation.count({ where: { orgId: org.id } })).toBe(1);
  });

  test("bad form input is a 400, not a crash, and saves nothing", async () => {
    const orgAdmin = await createUser();
    const org = await createOrg(orgAdmin.id);
    expect((await postAsUser(orgAdmin.id, org.slug, { intent: "inviteEmail", email: "not-an-email", role: "MEMBER" })).status).toBe(400);
    expect((await postAsUser(orgAdmin.id, org.slug, { intent: "nonsense" })).status).toBe(400);
    expect(await db.invitation.count({ where: { orgId: org.id } })).toBe(0);
  });
});

describe("invitations", () => {
  async function setup(email?: string) {
    const admin = await createUser();
    const org = await createOrg(admin.id);
    const { link } = await createInvitation({ org, actor: admin, role: "MEMBER", email, origin, locale: "en" });
    return { admin, org, token: link.split("/").at(-1)! };
  }

  test("a link is single use", async () => {
    const { org, token } = await setup();
    const first = await createUser();
    const second = await createUser();
    expect((await acceptInvitation(token, first)).ok).toBe(true);
    expect(await acceptInvitation(token, second)).toEqual({ ok: false, error: "used" });
    expect(await db.membership.count({ where: { orgId: org.id } })).toBe(2);
  });

  test("an expired or revoked link does nothing", async () => {
    const { token } = await setup();
    const user = await createUser();
    expect(await acceptInvitation(token, user, new Date(Date.now() + INVITATION_TTL_MS + 1000))).toEqual({ ok: false, error: "expired" });
    const { org, token: token2 } = await setup();
    const inv = await db.invitation.findFirstOrThrow({ where: { orgId: org.id } });
    expect(await revokeInvitation(org.id, inv.id)).toBe(true);
    expect(await acceptInvitation(token2, user)).toEqual({ ok: false, error: "revoked" });
  });

  test("an emailed invitation is mailed and only its address can accept it", async () => {
    const invitee = await createUser({ locale: "fi" });
    const { token } = await setup(invitee.email);
    const { mail } = await lastEmailLink(invitee.email);
    expect(mail.locale).toBe("fi");
    const stranger = await createUser();
    expect(await acceptInvitation(token, stranger)).toEqual({ ok: false, error: "wrongAccount" });
    expect((await acceptInvitation(token, invitee)).ok).toBe(true);
  });
});

describe("members", () => {
  test("the last admin can neither be removed nor leave while others remain; transfer fixes that", async () => {
    const admin = await createUser();
    const member = await createUser();
    const org = await createOrg(admin.id);
    const m = await addMember(org.id, member.id);
    const adminMembership = await db.membership.findFirstOrThrow({ where: { orgId: org.id, userId: admin.id } });
    expect(await removeMember(org.id, adminMembership.id, member.id)).toEqual({ ok: false, error: "lastAdmin" });
    expect(await leaveOrganisation(org.id, admin.id)).toEqual({ ok: false, error: "lastAdmin" });
    expect((await transferAdmin(org.id, admin.id, m.id)).ok).toBe(true);
    expect((await db.membership.findUniqueOrThrow({ where: { id: m.id } })).role).toBe("ADMIN");
    expect((await leaveOrganisation(org.id, admin.id)).ok).toBe(true);
    expect(await removeMember(org.id, m.id, m.userId)).toEqual({ ok: false, error: "useLeave" });
  });
});
