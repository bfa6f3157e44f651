import { describe, expect, test } from "vitest";
import { createOrg, createUser } from "#tests/factories.ts";
import { callRoute } from "#tests/route.ts";
import { loader as layoutLoader } from "#app/routes/$lang+/admin+/_layout.tsx";
import { loader as orgsLoader } from "#app/routes/$lang+/admin+/orgs.tsx";
import { loader as outboxEmailLoader } from "#app/routes/$lang+/admin+/outbox_.$id.tsx";
import { action as usersAction, loader as usersLoader } from "#app/routes/$lang+/admin+/users.tsx";
import { db } from "#app/utils/db.server.ts";

// Route-level tests of the admin pages: site admins only (the audit log also for moderators).

describe("admin pages", () => {
  test("site admins only: visitors sign in, everyone else gets 403; moderators reach the audit log", async () => {
    const admin = await createUser({ siteRole: "ADMIN" });
    const moderator = await createUser({ siteRole: "MODERATOR" });
    const orgAdmin = await createUser();
    await createOrg(orgAdmin.id);
    const status = async (userId: string | null, path: string) =>
      (await callRoute(layoutLoader, { userId, path, params: { lang: "en" } })).status;
    expect(await status(null, "/en/admin")).toBe(302);
    for (const userId of [moderator.id, orgAdmin.id]) expect(await status(userId, "/en/admin/users")).toBe(403);
    expect(await status(admin.id, "/en/admin/users")).toBe(200);
    expect(await status(moderator.id, "/en/admin/audit")).toBe(200);
    expect(await status(orgAdmin.id, "/en/admin/audit")).toBe(403);
    // Each page checks again (a data request runs its loader without the layout's).
    expect(
      (await callRoute(orgsLoader, { userId: moderator.id, path: "/en/admin/orgs", params: { lang: "en" } })).status,
    ).toBe(403);
    expect(
      (await callRoute(orgsLoader, { userId: admin.id, path: "/en/admin/orgs?page=abc", params: { lang: "en" } })).data,
    ).toMatchObject({ page: 1 });
    expect(
      (
        await callRoute(outboxEmailLoader, {
          userId: admin.id,
          path: "/en/admin/outbox/nope",
          params: { lang: "en", id: "nope" },
        })
      ).status,
    ).toBe(404);
  });

  test("an admin changes another user's role but cannot lock themselves out; others cannot change roles", async () => {
    const admin = await createUser({ siteRole: "ADMIN" });
    const user = await createUser();
    const post = (userId: string, form: Record<string, string>) =>
      callRoute(usersAction, { userId, path: "/en/admin/users", params: { lang: "en" }, form });
    expect((await post(user.id, { intent: "setRole", userId: user.id, role: "ADMIN" })).status).toBe(403);
    expect(await post(admin.id, { intent: "disable", userId: admin.id })).toMatchObject({
      status: 409,
      data: { error: "self" },
    });
    expect(await post(admin.id, { intent: "setRole", userId: user.id, role: "MODERATOR" })).toMatchObject({
      status: 200,
      data: { notice: "setRole" },
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).siteRole).toBe("MODERATOR");
    expect((await post(admin.id, { intent: "nonsense", userId: user.id })).status).toBe(400);
    const list = await callRoute(usersLoader, {
      userId: admin.id,
      path: `/en/admin/users?q=${encodeURIComponent(user.email)}`,
      params: { lang: "en" },
    });
    expect(list.data).toMatchObject({ total: 1, meId: admin.id });
  });
});
