// npm run admin:create -- --email you@example.org --name "Your Name" [--password …]
// Creates a site admin (or promotes an existing account). Without --password,
// a random one is generated and printed once. Works in production.
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { hashPassword } from "#app/modules/accounts/accounts.server.ts";
import { emailSchema, nameSchema, passwordSchema } from "#app/modules/accounts/accounts.schema.ts";
import { database } from "#app/utils/db.server.ts";
import { migrate } from "#app/utils/migrate.server.ts";

const { values } = parseArgs({
  options: { email: { type: "string" }, name: { type: "string" }, password: { type: "string" } },
});
const email = emailSchema.safeParse(values.email ?? "");
const name = nameSchema.safeParse(values.name ?? "Administrator");
const generated = !values.password;
const password = passwordSchema.safeParse(values.password ?? randomBytes(12).toString("base64url"));
if (!email.success || !name.success || !password.success) {
  console.error(
    'usage: npm run admin:create -- --email you@example.org [--name "Your Name"] [--password "at least 10 characters"]',
  );
  process.exit(1);
}

const db = database();
try {
  await migrate(db);
  const passwordHash = await hashPassword(password.data);
  const existing = await db.prisma.user.findUnique({ where: { email: email.data } });
  if (existing) {
    await db.prisma.user.update({
      where: { id: existing.id },
      data: { siteRole: "ADMIN", ...(generated ? {} : { passwordHash }) },
    });
    console.log(`${email.data} is now an admin${generated ? " (password unchanged)" : ""}.`);
  } else {
    await db.prisma.user.create({
      data: {
        email: email.data,
        name: name.data,
        passwordHash,
        siteRole: "ADMIN",
        emailVerifiedAt: new Date(),
        consentAt: new Date(),
      },
    });
    console.log(`created admin ${email.data}${generated ? ` with password: ${password.data}` : ""}`);
  }
} finally {
  await db.close();
}
