import { seedDemoData } from "../prisma/seed.ts";
import { loadCatalogue } from "#app/modules/learning/catalogue.server.ts";
import { database, isDatabaseReady } from "#app/utils/db.server.ts";
import { env } from "#app/utils/env.server.ts";
import { i18nFor } from "#app/utils/i18n.server.ts";
import { defaultLocale } from "#app/utils/i18n.ts";
import { migrate } from "#app/utils/migrate.server.ts";

// Start-up composition sits at the app's root, above utils/, modules/ and the
// seed: it is the one place that wires them together (docs/architecture.md).

/** Runs before the server accepts requests: migrations, demo data, warm caches. */
export async function startup(log: (line: string) => void = console.log) {
  const started = Date.now();
  const db = database();
  const applied = await migrate(db);
  if (applied.length) log(`applied migrations: ${applied.join(", ")}`);
  // Demo accounts never reach production: `npm start` sets PORTOLAN_DEMO only when NODE_ENV was not production.
  // The catalogue first: demo forum posts link to modules and render them as cards.
  const catalogue = await loadCatalogue();
  log(`learning catalogue: ${catalogue.modules.length} modules`);
  const { SEED_DEMO, NODE_ENV, PORTOLAN_DEMO } = env();
  if (SEED_DEMO === "auto" && (NODE_ENV !== "production" || PORTOLAN_DEMO === "1")) {
    const seeded = await seedDemoData(db.prisma, { password: env().DEMO_PASSWORD });
    if (seeded)
      log(
        `loaded demo data: ${seeded.organisations} organisations, ${seeded.users} accounts, ${seeded.topics} forum topics with ${seeded.posts} posts`,
      );
  }
  i18nFor(defaultLocale); // loads every locale's strings once
  log(`database ready (${db.kind}) in ${Date.now() - started} ms`);
}

/** Closes the database; PGlite must be closed or the next start runs crash recovery. */
export async function shutdown() {
  await database().close();
}

export const isReady = () => isDatabaseReady();
