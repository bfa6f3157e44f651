import Papa from "papaparse";
import { describe, expect, test } from "vitest";
import { csvInjectionPayloads as payloads } from "#tests/fixtures/csv-injection.ts";
import { readCsv } from "#app/utils/csv-import.server.ts";
import { contactsToCsv } from "./contacts-io.server.ts";
import type { ExportContact } from "./contacts.server.ts";

const cellsOf = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;

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
    const csv = contactsToCsv(
      payloads.map((p) => contact({ personName: p, organisationName: p, role: p, nextStep: p, tags: [p] })),
    );
    for (const row of cellsOf(csv).slice(1)) {
      for (const cell of row) expect(cell, cell).not.toMatch(/^[=+\-@\t\r\n＝]/);
    }
  });

  test("reads its own export back as typed (a phone number keeps its +)", () => {
    const csv = contactsToCsv([contact({ personName: "Ann", phone: "+49 30 1234567", nextStep: "=1+1" })]);
    expect(csv).toContain("'+49 30 1234567");
    const { records } = readCsv(csv);
    expect(records[0]?.r.phone).toBe("+49 30 1234567");
    expect(records[0]?.r.next_step).toBe("=1+1");
  });
});
