// Part of `npm run build`: validates and compiles every lesson of every locale
// into build/content/catalogue.json, so no request ever compiles MDX.
// Lessons whose content hash is unchanged come from .cache/mdx.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ContentError, compileCatalogue } from "../app/modules/learning/compile.server.ts";

const started = Date.now();
try {
  const catalogue = await compileCatalogue(undefined, path.join(process.cwd(), ".cache", "mdx"));
  const out = path.join(process.cwd(), "build", "content", "catalogue.json");
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(catalogue));
  const lessons = catalogue.modules.reduce(
    (n, m) => n + m.lessons.reduce((k, l) => k + Object.keys(l.versions).length, 0),
    0,
  );
  console.log(
    `content: ${catalogue.modules.length} modules, ${lessons} lesson versions compiled in ${Date.now() - started} ms → ${path.relative(process.cwd(), out)}`,
  );
} catch (e) {
  console.error(e instanceof ContentError ? `content errors:\n${e.message}` : e);
  process.exit(1);
}
