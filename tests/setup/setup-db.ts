import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { afterAll, inject } from "vitest";
import { openPglite, openPostgres, type Database } from "../../app/utils/db.server.ts";
import { migrate } from "../../app/utils/migrate.server.ts";

// Each test file gets its own database before any app module opens one:
// a copy of the migrated PGlite template, or a fresh schema on the server
// named by TEST_DATABASE_URL.
const serverUrl = process.env.TEST_DATABASE_URL;
let database: Database;
let schema: string | undefined;

if (serverUrl) {
  schema = `test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create schema "${schema}"`);
  await admin.end();
  database = openPostgres(serverUrl, schema);
  await migrate(database);
} else {
  const dump = readFileSync(inject("pgliteTemplate"));
  const pglite = await PGlite.create({ loadDataDir: new Blob([dump]) });
  database = openPglite(pglite);
}
globalThis.__portolanDatabase = database;

afterAll(async () => {
  await database.close();
  if (serverUrl && schema) {
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`drop schema "${schema}" cascade`);
    await admin.end();
  }
});
