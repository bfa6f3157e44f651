import Papa from "papaparse";

// Every CSV the product writes (contacts now; attendees, budgets later) goes
// through here. A cell that starts with = + - @ (or tab/CR, OWASP's list) is
// run as a formula when a spreadsheet opens the file (`=HYPERLINK(...)`,
// `+cmd|' /C calc'!A0`), so such cells get a leading apostrophe, which
// spreadsheets show as text. Papa's own `escapeFormulae: true` misses a
// formula followed by a line break (its pattern ends in `.*$` without the
// s flag), hence our pattern. Full-width variants are included because
// spreadsheets in East Asian locales accept them as formula starts.
const FORMULA_START = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;

/** Whether a spreadsheet could read this cell as a formula. */
export const looksLikeFormula = (cell: string) => FORMULA_START.test(cell);

/** The typed value of a cell that `toCsv` (or a spreadsheet) neutralised with a leading apostrophe. */
export const unescapeFormula = (cell: string) =>
  cell.startsWith("'") && looksLikeFormula(cell.slice(1)) ? cell.slice(1) : cell;

/**
 * A CSV file (RFC 4180, CRLF, UTF-8 with a BOM so spreadsheet programs pick
 * the encoding) with a header row; cells that could run as formulae are
 * neutralised. Numbers stay numbers.
 */
export function toCsv<K extends string>(
  columns: readonly K[],
  rows: readonly Record<K, string | number | null | undefined>[],
): string {
  return (
    "\uFEFF" +
    Papa.unparse(
      { fields: [...columns], data: rows.map((r) => columns.map((k) => r[k] ?? "")) },
      { newline: "\r\n", escapeFormulae: FORMULA_START },
    )
  );
}
