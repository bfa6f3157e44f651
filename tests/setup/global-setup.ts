import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { TestProject } from "vitest/node";
import { openPglite } from "../../app/utils/db.server.ts";
import { migrate } from "../../app/utils/migrate.server.ts";

declare module "vitest" {
  export interface ProvidedContext {
    pgliteTemplate: string;
  }
}

// One migrated in-memory PGlite (~2 s), dumped once; every test file loads its own copy (~0.5 s).
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "portolan-template-"));
  const file = path.join(dir, "template.tar.gz");
  if (!process.env.TEST_DATABASE_URL) {
    const pglite = new PGlite("memory://");
    await migrate(openPglite(pglite));
    const dump = await pglite.dumpDataDir("gzip");
    writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    await pglite.close();
  }
  project.provide("pgliteTemplate", file);
  return () => rmSync(dir, { recursive: true, force: true });
}
