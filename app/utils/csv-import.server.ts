import Papa from "papaparse";
import { unescapeFormula } from "./csv.ts";

// Limits and pacing shared by every CSV import (contacts, organisations, and
// later trip budgets, event attendees, the services index).
//
// A 1.6 MB file of 100,000 short contacts was under the byte cap, and its
// import stopped the whole server for ~2.5 minutes: 100,000 sequential
// creates on the embedded database resolve as one long chain of promises that
// never gives the event loop a turn, so no other request (not even /healthz)
// was served until it finished. Imports are now bounded by rows, and the
// validation and the writes go in batches that yield between them.

/** At most this many data rows per file; a bigger list is split into several files. */
export const MAX_IMPORT_ROWS = 5000;
/** Rows validated or written between two turns of the event loop. */
export const IMPORT_BATCH = 500;

/** Lets pending I/O (other requests, timers) run before the import continues. */
export const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The report line for a file over the row bound (translated as validation:tooManyRows). */
export const tooManyRowsError = (max = MAX_IMPORT_ROWS) => ({
  row: 1,
  field: "",
  message: `validation:tooManyRows|count=${max}`,
});

/** Splits `items` into consecutive batches of `size`. */
export function batches<T>(items: T[], size = IMPORT_BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Calls `fn` on each batch in turn, yielding to the event loop in between and reporting progress. */
export async function forEachBatch<T>(
  items: T[],
  fn: (batch: T[], offset: number) => Promise<void> | void,
  onProgress?: (done: number, total: number) => void,
  size = IMPORT_BATCH,
) {
  let done = 0;
  for (const batch of batches(items, size)) {
    await fn(batch, done);
    done += batch.length;
    onProgress?.(done, items.length);
    await yieldToEventLoop();
  }
}

export type RowError = { row: number; field: string; message: string };
export type ImportReport = { ok: boolean; rows: number; imported: number; errors: RowError[]; dryRun: boolean };

/**
 * Reads CSV text into header-keyed records, each with its line number (blank
 * lines are skipped but still counted). A BOM and either comma or semicolon
 * separators are accepted.
 */
export function readCsv(text: string, { maxRows = MAX_IMPORT_ROWS } = {}) {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), {
    header: true,
    // Stop reading well past the bound: a 2 MB file of tiny rows is not parsed in full only to be refused.
    preview: maxRows * 2 + 1,
    skipEmptyLines: false,
    transformHeader: (h) => h.trim().toLowerCase().replace(/\s+/g, "_"),
    // Our own exports mark formula-like cells ("'+49 30 …"); read them back as typed.
    transform: unescapeFormula,
  });
  const blank = (r: Record<string, unknown>) =>
    Object.values(r).every((v) => v === undefined || v === null || String(v).trim() === "");
  const records: { line: number; r: Record<string, string | undefined> }[] = [];
  parsed.data.forEach((r, i) => {
    if (!blank(r)) records.push({ line: i + 2, r });
  });
  const parseErrors = parsed.errors
    .filter((e) => e.row === undefined || !blank(parsed.data[e.row] ?? {}))
    .map((e) => ({ row: (e.row ?? 0) + 2, field: "", message: e.message }));
  const tooManyRows = records.length > maxRows || parsed.meta.truncated;
  return { records, parseErrors, tooManyRows };
}
