import { randomBytes } from "node:crypto";
import { hashPassword } from "#app/modules/accounts/accounts.server.ts";
import { createOrganisation } from "#app/modules/orgs/orgs.server.ts";
import { db } from "#app/utils/db.server.ts";

export const TEST_PASSWORD = "correct horse battery";
let cachedHash: Promise<string> | undefined;

/** A verified user with TEST_PASSWORD; pass fields to override. */
export async function createUser(
  overrides: Partial<{
    email: string;
    name: string;
    siteRole: "USER" | "MODERATOR" | "ADMIN";
    locale: string;
    verified: boolean;
  }> = {},
) {
  const id = randomBytes(4).toString("hex");
  return db.user.create({
    data: {
      email: overrides.email ?? `user-${id}@example.test`,
      name: overrides.name ?? `Test User ${id}`,
      siteRole: overrides.siteRole ?? "USER",
      locale: overrides.locale ?? "en",
      passwordHash: await (cachedHash ??= hashPassword(TEST_PASSWORD)),
      emailVerifiedAt: overrides.verified === false ? null : new Date(),
      consentAt: new Date(),
    },
  });
}

/** An organisation with `admin` as its org admin. */
export async function createOrg(adminId: string, name = `Test Hub ${randomBytes(3).toString("hex")}`) {
  return createOrganisation(adminId, { name, type: "HUB", country: "EE", city: "Tallinn" });
}

export async function addMember(orgId: string, userId: string, role: "MEMBER" | "ADMIN" = "MEMBER") {
  return db.membership.create({ data: { orgId, userId, role } });
}

/** The last link in the newest outbox email to `to`. */
export async function lastEmailLink(to: string) {
  const mail = await db.outboxEmail.findFirstOrThrow({ where: { to }, orderBy: { createdAt: "desc" } });
  const links = [...mail.text.matchAll(/https?:\/\/\S+/g)].map((m) => m[0]);
  return { mail, link: links.at(-1)! };
}
