import { describe, expect, test } from "vitest";
import { createOrg, createUser } from "#tests/factories.ts";
import { importOrganisationsCsv } from "#app/modules/directory/directory-import.server.ts";
import { MAX_IMPORT_ROWS } from "#app/utils/csv-import.server.ts";
import { db } from "#app/utils/db.server.ts";
import { importContactsCsv } from "./contacts-io.server.ts";

const contactsCsv = (rows: number) =>
  "person_name,stage\n" + Array.from({ length: rows }, (_, i) => `Person ${i},IDENTIFIED`).join("\n") + "\n";

describe("CSV imports are bounded and batched", () => {
  test("a contacts file over the row bound is refused before any row is checked or written", async () => {
    const admin = await createUser();
    const org = await createOrg(admin.id);
    const report = await importContactsCsv(org.id, admin.id, contactsCsv(MAX_IMPORT_ROWS + 1));
    expect(report).toMatchObject({
      ok: false,
      imported: 0,
      errors: [{ row: 1, field: "", message: `validation:tooManyRows|count=${MAX_IMPORT_ROWS}` }],
    });
    expect(await db.cooperationContact.count({ where: { orgId: org.id } })).toBe(0);
  });

  test("the largest allowed file imports every row with its CREATED event, reporting progress, while timers keep running", async () => {
    const admin = await createUser();
    const org = await createOrg(admin.id);
    const progress: number[] = [];
    // A timer only fires when the import gives the event loop a turn.
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    const report = await importContactsCsv(org.id, admin.id, contactsCsv(MAX_IMPORT_ROWS), {
      onProgress: (done) => progress.push(done),
    });
    clearInterval(timer);
    expect(report).toMatchObject({ ok: true, imported: MAX_IMPORT_ROWS });
    expect(progress.at(-1)).toBe(MAX_IMPORT_ROWS);
    expect(progress.length).toBeGreaterThan(5);
    expect(ticks).toBeGreaterThan(5);
    expect(await db.cooperationContact.count({ where: { orgId: org.id } })).toBe(MAX_IMPORT_ROWS);
    expect(
      await db.contactEvent.count({ where: { contact: { orgId: org.id }, kind: "CREATED", authorId: admin.id } }),
    ).toBe(MAX_IMPORT_ROWS);
    const ids = await db.cooperationContact.findMany({ where: { orgId: org.id }, select: { id: true }, take: 3 });
    for (const { id } of ids) expect(id).toMatch(/^c[a-z0-9]{24}$/);
  });

  test("the organisations import has the same row bound", async () => {
    const header = "name,type,country,city\n";
    const rows = Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => `Hub ${i},HUB,EE,Tallinn`).join("\n");
    const report = await importOrganisationsCsv(header + rows);
    expect(report).toMatchObject({
      ok: false,
      imported: 0,
      errors: [{ message: `validation:tooManyRows|count=${MAX_IMPORT_ROWS}` }],
    });
  });
});
