import { createHash, randomUUID } from "node:crypto";
import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { StartupError } from "./data-dir-lock.server.ts";
import { queryRows, type Database } from "./db.server.ts";

// Same table Prisma Migrate keeps, so `prisma migrate status` agrees with us.
const MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
);`;

/** A row of Prisma Migrate's table, as far as we read it. */
const AppliedMigration = z.object({ migration_name: z.string(), checksum: z.string() });

// Prisma's own advisory-lock key: two app instances starting together never migrate twice.
const LOCK_KEY = 72707369;

export type Migration = { name: string; sql: string; checksum: string };

/** Reads prisma/migrations/<name>/migration.sql in name order. */
export function readMigrations(dir = path.join(process.cwd(), "prisma", "migrations")): Migration[] {
  if (!existsSync(dir)) throw new Error(`No migrations folder at ${dir}`);
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

/**
 * Creates the schema that DATABASE_URL's `?schema=` names: on an empty database
 * nothing existed to create the tables in ("no schema has been selected to create in").
 */
async function createSchema(database: Database, schema: string) {
  try {
    await database.exec(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
  } catch (e) {
    const { code, message } = e as { code?: string; message?: string };
    // Without the right to create it, say what to do instead of a stack trace.
    if (code === "42501") {
      throw new StartupError(
        `DATABASE_URL names the schema "${schema}", which does not exist and this user may not create: ` +
          `run CREATE SCHEMA "${schema}" as its owner (or grant CREATE on the database), then start again. (${message})`,
      );
    }
    throw e;
  }
}

/**
 * Applies every pending migration, each in its own transaction, and records
 * it in `_prisma_migrations`. Returns the names applied.
 */
export async function migrate(database: Database, migrations = readMigrations()): Promise<string[]> {
  const applied: string[] = [];
  if (database.schema) await createSchema(database, database.schema);
  await database.exec(MIGRATIONS_TABLE);
  const rows = await queryRows(
    AppliedMigration,
    `select migration_name, checksum from "_prisma_migrations" where rolled_back_at is null and finished_at is not null`,
    [],
    database.query,
  );
  const done = new Map(rows.map((r) => [r.migration_name, r.checksum]));
  for (const m of migrations) {
    const previous = done.get(m.name);
    if (previous) {
      if (previous !== m.checksum) console.warn(`migration ${m.name} was edited after it was applied`);
      continue;
    }
    await database.transaction(async (query, exec) => {
      // The lock is held until this transaction ends; a second instance then sees the row and skips.
      await query("select pg_advisory_xact_lock($1)", [LOCK_KEY]);
      const again = await query(
        `select 1 from "_prisma_migrations" where migration_name = $1 and finished_at is not null`,
        [m.name],
      );
      if (again.length > 0) return;
      await exec(m.sql);
      await query(
        `insert into "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count)
         values ($1, $2, now(), $3, now(), 1)`,
        [randomUUID(), m.checksum, m.name],
      );
      applied.push(m.name);
    });
  }
  return applied;
}
