// npm run db:reset: empties the database, re-applies migrations and reloads the
// demo data. Development only: refuses when NODE_ENV=production.
import { seedDemoData } from "../prisma/seed.ts";
import { loadCatalogue } from "#app/modules/learning/catalogue.server.ts";
import { database } from "#app/utils/db.server.ts";
import { env } from "#app/utils/env.server.ts";
import { migrate } from "#app/utils/migrate.server.ts";

if (env().NODE_ENV === "production") {
  console.error("db:reset refuses to run with NODE_ENV=production.");
  process.exit(1);
}
const db = database();
try {
  // Drop everything in the current schema (tables, enums), whichever database this is.
  const [{ schema }] = await db.query<{ schema: string }>("select current_schema() as schema");
  await db.exec(`drop schema "${schema}" cascade; create schema "${schema}";`);
  const applied = await migrate(db);
  await loadCatalogue();
  const seeded = await seedDemoData(db.prisma, { password: env().DEMO_PASSWORD });
  console.log(
    `reset ${db.kind} schema "${schema}": ${applied.length} migration(s), ${seeded?.organisations ?? 0} organisations, ${seeded?.users ?? 0} accounts`,
  );
} finally {
  await db.close();
}
