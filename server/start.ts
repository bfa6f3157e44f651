// `npm start`: build when the sources changed since the last build, then run
// the production server. Demo data loads unless NODE_ENV=production was set
// by the caller (docs/decisions/006-npm-start.md). `npm start` compiles this
// file to build/start.js and runs it with plain node (decision 033); like
// server/, build/ sits one level below the root, so the paths below hold in both.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const inputs = [
  "app",
  "public",
  "content",
  "server",
  "prisma/schema.prisma",
  "package-lock.json",
  "vite.config.ts",
  "remix.config.js",
  "scripts/build-content.ts",
];
const stampFile = path.join(root, "build", ".fingerprint");
const outputs = ["build/server/index.js", "build/server-main.js"];

/** Hash of every build input's path and content: a fresh clone gets the same value as the tree it came from. */
function fingerprint() {
  const hash = createHash("sha256");
  const walk = (p: string) => {
    const full = path.join(root, p);
    if (!existsSync(full)) return;
    if (statSync(full).isDirectory()) {
      if (p === "app/generated") return;
      for (const name of readdirSync(full).sort()) walk(path.join(p, name));
    } else {
      hash.update(p).update(readFileSync(full));
    }
  };
  inputs.forEach(walk);
  return hash.digest("hex");
}

const current = fingerprint();
const built =
  outputs.every((o) => existsSync(path.join(root, o))) && existsSync(stampFile) ? readFileSync(stampFile, "utf8") : "";
if (built !== current) {
  console.log("building Portolan (sources changed since the last build)…");
  const result = spawnSync("npm", ["run", "build"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production" },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
  writeFileSync(stampFile, current);
}

if (process.env.NODE_ENV === "production") process.env.SEED_DEMO = "never";
else process.env.SEED_DEMO ??= "auto";
// The server always runs React's production build; seeding was decided above.
process.env.PORTOLAN_DEMO = process.env.SEED_DEMO === "auto" ? "1" : "0";
process.env.NODE_ENV = "production";
await import(new URL("../build/server-main.js", import.meta.url).href);
