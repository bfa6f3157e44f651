// `npm run content:check`: validates content/modules and prints, per module,
// which lessons exist in which locale (— = English is shown instead).
import path from "node:path";
import { ContentError, compileCatalogue } from "../app/modules/learning/compile.server.ts";
import { locales } from "../app/utils/i18n.ts";

try {
  const catalogue = await compileCatalogue(undefined, path.join(process.cwd(), ".cache", "mdx"));
  for (const m of catalogue.modules) {
    console.log(`\n${m.slug} (${m.level}; module texts: ${Object.keys(m.texts).join(", ")})`);
    console.log(`  ${"lesson".padEnd(44)} ${locales.map((l) => l.padEnd(3)).join("")}`);
    for (const l of m.lessons) {
      console.log(
        `  ${`${String(l.number).padStart(2, "0")} ${l.slug}`.padEnd(44)} ${locales.map((loc) => (l.versions[loc] ? "✓  " : "—  ")).join("")}`,
      );
    }
  }
  console.log(`\ncontent:check: ${catalogue.modules.length} modules valid`);
} catch (e) {
  console.error(e instanceof ContentError ? e.message : e);
  process.exit(1);
}
