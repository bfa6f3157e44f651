import { describe, expect, test } from "vitest";
import { addMember, createOrg, createUser, lastEmailLink } from "#tests/factories.ts";
import { db } from "#app/utils/db.server.ts";
import {
  INVITATION_TTL_MS,
  acceptInvitation,
  createInvitation,
  leaveOrganisation,
  removeMember,
  revokeInvitation,
  transferAdmin,
} from "./orgs.server.ts";

const origin = "http://portolan.test";

describe("organisation slugs", () => {
  test("a taken slug gets a numbered suffix", async () => {
    const user = await createUser();
    const a = await createOrg(user.id, "Harbour Lab");
    const b = await createOrg(user.id, "Harbour Lab");
    expect(a.slug).toBe("harbour-lab");
    expect(b.slug).toBe("harbour-lab-2");
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
    expect(await acceptInvitation(token, user, new Date(Date.now() + INVITATION_TTL_MS + 1000))).toEqual({
      ok: false,
      error: "expired",
    });
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
