import Papa from "papaparse";
import { describe, expect, test } from "vitest";
import { csvInjectionPayloads as payloads } from "#tests/fixtures/csv-injection.ts";
import { toCsv } from "./csv.ts";

const cellsOf = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;

describe("the shared CSV writer", () => {
  test.each(payloads)("neutralises %j", (payload) => {
    const [header, row] = cellsOf(toCsv(["value"], [{ value: payload }]));
    expect(header).toEqual(["value"]);
    expect(row?.[0]).toBe(`'${payload}`);
  });

  test("leaves ordinary text and numbers alone, writes CRLF and a BOM", () => {
    const csv = toCsv(["a", "b", "c"], [{ a: "Kristiina Laur", b: 42, c: "a, b" }]);
    expect(csv.startsWith("\uFEFFa,b,c\r\n")).toBe(true);
    expect(cellsOf(csv)[1]).toEqual(["Kristiina Laur", "42", "a, b"]);
  });
});
