// npm run db:load-orgs -- --orgs 10000
// Fills the directory with generated fictional organisations (for measuring
// search at scale; see npm run bench). Adds to what is there; skips names
// that exist. Uses DATABASE_URL / PGLITE_DIR like the app.
import { parseArgs } from "node:util";
import { database } from "#app/utils/db.server.ts";
import { migrate } from "#app/utils/migrate.server.ts";
import { demoOrganisationRow } from "../prisma/seed.ts";
import { generateProfiles } from "../prisma/demo-directory.ts";

const { values } = parseArgs({
  options: { orgs: { type: "string", default: "10000" }, seed: { type: "string", default: "7" } },
});
const count = Number(values.orgs);
if (!Number.isInteger(count) || count < 1) {
  console.error("usage: npm run db:load-orgs -- --orgs 10000");
  process.exit(2);
}

const db = database();
try {
  await migrate(db);
  const started = Date.now();
  const profiles = generateProfiles(count, Number(values.seed));
  let created = 0;
  for (let i = 0; i < profiles.length; i += 1000) {
    const batch = profiles.slice(i, i + 1000).map((p, j) => demoOrganisationRow(p, i + j));
    created += (await db.prisma.organisation.createMany({ data: batch, skipDuplicates: true })).count;
    process.stdout.write(`\r${Math.min(i + 1000, profiles.length)} / ${profiles.length}`);
  }
  await db.exec(`analyze "Organisation"`);
  const [{ n }] = await db.query<{ n: number }>(`select count(*)::int as n from "Organisation"`);
  console.log(`\ncreated ${created} organisations in ${Date.now() - started} ms; the directory now has ${n}.`);
} finally {
  await db.close();
}
