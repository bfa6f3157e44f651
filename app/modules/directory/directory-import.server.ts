import {
  forEachBatch,
  readCsv,
  tooManyRowsError,
  type ImportReport,
  type RowError,
} from "#app/utils/csv-import.server.ts";
import { db } from "#app/utils/db.server.ts";
import { locales } from "#app/utils/i18n.ts";
import { findCity } from "#app/utils/reference/cities.server.ts";
import { ProfileSchema } from "./directory.schema.ts";
import { organisationRow, type OrganisationRow } from "./directory.server.ts";

/** Columns of an organisation CSV; list values are separated by semicolons or "|". */
export const orgCsvColumns = [
  "name",
  "type",
  "country",
  "city",
  "sectors",
  "languages",
  "offers",
  "seeks",
  "offer_text",
  "seek_text",
  ...locales.map((l) => `description_${l}`),
  "open_for_visits",
  "website",
  "founded_year",
  "size",
  "contact_email",
] as const;

const list = (v: string | undefined) =>
  (v ?? "")
    .split(/[;|]/)
    .map((s) => s.trim())
    .filter(Boolean);
const truthy = (v: string | undefined) => /^(1|true|yes|ja|on|x)$/i.test((v ?? "").trim());

/**
 * Imports organisations from CSV. Every row is validated (fields, known
 * country and city, no duplicate in the file or the directory) before
 * anything is written; one bad row means nothing is imported. With
 * `dryRun` only the report is produced. At most MAX_IMPORT_ROWS rows per
 * file, validated in batches that let other requests through.
 */
export async function importOrganisationsCsv(text: string, { dryRun = false } = {}): Promise<ImportReport> {
  const { records, parseErrors, tooManyRows } = readCsv(text);
  if (tooManyRows) return { ok: false, rows: records.length, imported: 0, errors: [tooManyRowsError()], dryRun };
  const errors: RowError[] = [...parseErrors];
  const rows: OrganisationRow[] = [];
  const seen = new Map<string, number>();
  await forEachBatch(records, (batch) =>
    batch.forEach(({ line, r }) => {
      const parsed = ProfileSchema.safeParse({
        name: r.name,
        type: r.type?.trim().toUpperCase(),
        country: r.country?.trim().toUpperCase(),
        city: r.city,
        sectors: list(r.sectors),
        languages: list(r.languages).map((s) => s.toLowerCase()),
        offers: list(r.offers),
        seeks: list(r.seeks),
        offerText: r.offer_text,
        seekText: r.seek_text,
        ...Object.fromEntries(locales.map((l) => [`description_${l}`, r[`description_${l}`]])),
        openForVisits: truthy(r.open_for_visits),
        website: r.website,
        foundedYear: r.founded_year,
        size: r.size,
        contactEmail: r.contact_email,
      });
      if (!parsed.success) {
        for (const issue of parsed.error.issues)
          errors.push({ row: line, field: String(issue.path[0] ?? ""), message: issue.message });
        return;
      }
      const city = findCity(parsed.data.country, parsed.data.city);
      if (!city) {
        errors.push({ row: line, field: "city", message: "validation:unknownCity" });
        return;
      }
      const row = organisationRow(parsed.data, city);
      const first = seen.get(row.slug);
      if (first) {
        errors.push({ row: line, field: "name", message: `validation:duplicateInFile|line=${first}` });
        return;
      }
      seen.set(row.slug, line);
      rows.push(row);
    }),
  );
  if (rows.length) {
    const taken = await db.organisation.findMany({
      where: { slug: { in: rows.map((r) => r.slug) } },
      select: { slug: true },
    });
    for (const { slug } of taken)
      errors.push({ row: seen.get(slug)!, field: "name", message: "validation:duplicateInDirectory" });
  }
  if (!records.length) errors.push({ row: 1, field: "", message: "validation:emptyFile" });
  errors.sort((a, b) => a.row - b.row);
  const report = { rows: records.length, errors, dryRun };
  if (errors.length) return { ...report, ok: false, imported: 0 };
  if (dryRun) return { ...report, ok: true, imported: 0 };
  // One statement, so the import is all or nothing even without a transaction.
  const r = await db.organisation.createMany({ data: rows });
  return { ...report, ok: true, imported: r.count };
}
