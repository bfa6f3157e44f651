import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { expect, test } from "vitest";
import { database } from "#app/utils/db.server.ts";
import { migrate, readMigrations } from "#app/utils/migrate.server.ts";

test("migrations are recorded like Prisma records them, and a second run applies nothing", async () => {
  const db = database();
  expect(await migrate(db)).toEqual([]);
  const rows = await db.query<{ migration_name: string; checksum: string }>(
    `select migration_name, checksum from "_prisma_migrations" order by migration_name`,
  );
  expect(rows.map((r) => [r.migration_name, r.checksum])).toEqual(readMigrations().map((m) => [m.name, m.checksum]));
});

// Prisma's CLI takes ~10 s on PGlite; this is the check that nobody edited the schema without a migration.
test("prisma/schema.prisma and prisma/migrations agree", { timeout: 120_000 }, async () => {
  const run = promisify(execFile);
  const result = await run(
    "npx",
    [
      "prisma",
      "migrate",
      "diff",
      "--from-migrations",
      "prisma/migrations",
      "--to-schema-datamodel",
      "prisma/schema.prisma",
      "--exit-code",
    ],
    { env: { ...process.env, DATABASE_URL: "" } },
  ).then(
    () => ({ code: 0, out: "" }),
    (e: { code: number; stdout: string }) => ({ code: e.code, out: e.stdout }),
  );
  expect(result.out).toBe("");
  expect(result.code).toBe(0);
});
