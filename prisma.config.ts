import { defineConfig } from "prisma/config";
import { PGlite } from "@electric-sql/pglite";
import { pgliteAdapterFactory, pgliteStartParams } from "./app/utils/pglite-adapter.server.ts";

// The CLI is only used to *create* migrations (`npm run db:migration`), and
// always against a throw-away in-memory PGlite: the app applies migrations
// itself at start-up (see docs/decisions/002-database.md).
let pglite: PGlite | undefined;

export default defineConfig({
  engine: "js",
  experimental: { adapter: true },
  schema: "prisma/schema.prisma",
  adapter: async () =>
    pgliteAdapterFactory(() => (pglite ??= new PGlite("memory://", { startParams: pgliteStartParams }))),
});
