// npm run orgs:import -- file.csv [--dry-run]
// Imports organisations into the directory from CSV (columns: see
// app/modules/directory/directory-import.server.ts). Every row is checked
// first; a single bad row means nothing is imported. Exit code 1 on errors.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { importOrganisationsCsv, orgCsvColumns } from "#app/modules/directory/directory-import.server.ts";
import { database } from "#app/utils/db.server.ts";
import { getFixedT } from "#app/utils/i18n.server.ts";
import { migrate } from "#app/utils/migrate.server.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { "dry-run": { type: "boolean", default: false } },
});
const file = positionals[0];
if (!file) {
  console.error(`usage: npm run orgs:import -- file.csv [--dry-run]\ncolumns: ${orgCsvColumns.join(",")}`);
  process.exit(2);
}

const t = getFixedT("en", "validation");
/** "validation:unknownCity|x=1" → the English message. */
const message = (m: string) => {
  const [key, query] = m.split("|");
  const params = Object.fromEntries(new URLSearchParams(query ?? ""));
  return key.includes(":") ? t(key.split(":")[1], { ...params, count: Number(params.count) || undefined }) : m;
};

const db = database();
let exitCode = 0;
try {
  await migrate(db);
  const report = await importOrganisationsCsv(readFileSync(file, "utf8"), { dryRun: values["dry-run"] });
  for (const e of report.errors) console.log(`line ${e.row}${e.field ? ` (${e.field})` : ""}: ${message(e.message)}`);
  if (!report.ok) {
    console.log(`${report.errors.length} error(s) in ${report.rows} row(s): nothing imported.`);
    exitCode = 1;
  } else if (report.dryRun) {
    console.log(`dry run: all ${report.rows} row(s) are valid; nothing written.`);
  } else {
    console.log(`imported ${report.imported} organisation(s).`);
  }
} finally {
  await db.close();
}
process.exit(exitCode);
