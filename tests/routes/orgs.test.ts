import { describe, expect, test } from "vitest";
import { addMember, createOrg, createUser } from "#tests/factories.ts";
import { callRoute } from "#tests/route.ts";
import { action as orgAction, loader as orgLoader } from "#app/routes/$lang+/orgs+/$slug.tsx";
import { db } from "#app/utils/db.server.ts";

// Route-level tests of the organisation page: who sees the members and who may invite, remove and hand over.

const post = (userId: string | null, slug: string, form: Record<string, string>) =>
  callRoute(orgAction, { userId, path: `/en/orgs/${slug}`, params: { lang: "en", slug }, form });
const view = (userId: string | null, slug: string) =>
  callRoute(orgLoader, { userId, path: `/en/orgs/${slug}`, params: { lang: "en", slug } });

type Page = { canSeeMembers: boolean; canManage: boolean; members: { email: string | null }[]; invitations: unknown[] };

describe("organisation page", () => {
  test("members see the member list, those who manage see emails; an outsider and a visitor see neither", async () => {
    const orgAdmin = await createUser();
    const member = await createUser();
    const outsider = await createUser();
    const siteAdmin = await createUser({ siteRole: "ADMIN" });
    const org = await createOrg(orgAdmin.id);
    await addMember(org.id, member.id);
    await createOrg(outsider.id);
    const page = async (userId: string | null) => (await view(userId, org.slug)).data as Page;

    for (const userId of [null, outsider.id]) {
      expect(await page(userId)).toMatchObject({
        canSeeMembers: false,
        canManage: false,
        members: [],
        invitations: [],
      });
    }
    const asMember = await page(member.id);
    expect(asMember).toMatchObject({ canSeeMembers: true, canManage: false });
    expect(asMember.members.map((m) => m.email)).toEqual([null, null]);
    for (const userId of [orgAdmin.id, siteAdmin.id]) {
      const asManager = await page(userId);
      expect(asManager).toMatchObject({ canSeeMembers: true, canManage: true });
      expect(asManager.members.every((m) => m.email)).toBe(true);
    }
    expect((await view(member.id, "no-such-org")).status).toBe(404);
  });

  test("an org admin can invite, a member, an outsider and a visitor cannot", async () => {
    const orgAdmin = await createUser();
    const member = await createUser();
    const outsider = await createUser();
    const org = await createOrg(orgAdmin.id);
    await addMember(org.id, member.id);
    await addMember((await createOrg(outsider.id)).id, member.id);

    const ok = await post(orgAdmin.id, org.slug, { intent: "inviteLink", role: "MEMBER" });
    expect(ok.status).toBe(200);
    expect((ok.data as { link: string }).link).toMatch(/\/en\/invite\/[a-z2-7]+$/);

    expect((await post(member.id, org.slug, { intent: "inviteLink", role: "MEMBER" })).status).toBe(403);
    expect(
      (await post(outsider.id, org.slug, { intent: "inviteEmail", email: "x@example.test", role: "ADMIN" })).status,
    ).toBe(403);
    expect((await post(member.id, org.slug, { intent: "removeMember", membershipId: "whatever" })).status).toBe(403);
    expect((await post(member.id, org.slug, { intent: "revokeInvitation", invitationId: "whatever" })).status).toBe(
      403,
    );
    // A visitor is sent to sign in.
    expect((await post(null, org.slug, { intent: "inviteLink", role: "MEMBER" })).status).toBe(302);
    expect(await db.invitation.count({ where: { orgId: org.id } })).toBe(1);
  });

  test("a site admin manages members but only the org's own admin hands over the role; only members leave", async () => {
    const orgAdmin = await createUser();
    const member = await createUser();
    const siteAdmin = await createUser({ siteRole: "ADMIN" });
    const org = await createOrg(orgAdmin.id);
    const m = await addMember(org.id, member.id);
    const transfer = await post(siteAdmin.id, org.slug, { intent: "transferAdmin", membershipId: m.id });
    expect(transfer).toMatchObject({ status: 409, data: { error: "notMember" } });
    expect((await post(siteAdmin.id, org.slug, { intent: "leave" })).status).toBe(403);
    expect((await post(member.id, org.slug, { intent: "transferAdmin", membershipId: m.id })).status).toBe(403);
    expect((await db.membership.findUniqueOrThrow({ where: { id: m.id } })).role).toBe("MEMBER");
    expect((await post(siteAdmin.id, org.slug, { intent: "removeMember", membershipId: m.id })).status).toBe(200);
    expect(await db.membership.count({ where: { id: m.id } })).toBe(0);
  });

  test("bad form input is a 400, not a crash, and saves nothing", async () => {
    const orgAdmin = await createUser();
    const org = await createOrg(orgAdmin.id);
    expect(
      (await post(orgAdmin.id, org.slug, { intent: "inviteEmail", email: "not-an-email", role: "MEMBER" })).status,
    ).toBe(400);
    expect((await post(orgAdmin.id, org.slug, { intent: "nonsense" })).status).toBe(400);
    expect(await db.invitation.count({ where: { orgId: org.id } })).toBe(0);
  });
});
