import ICAL from "ical.js";
import Papa from "papaparse";
import { beforeAll, describe, expect, test } from "vitest";
import { addMember, createOrg, createUser } from "#tests/factories.ts";
import { db } from "#app/utils/db.server.ts";
import { contactsToCsv, contactsToVcard, importContactsCsv } from "./contacts-io.server.ts";
import { ContactFieldsSchema } from "./contacts.schema.ts";
import { createContact, exportContacts, updateContact } from "./contacts.server.ts";

// Route-level tests (permissions through the real loaders and actions) are in tests/routes/contacts.test.ts.

type World = Awaited<ReturnType<typeof world>>;

async function world() {
  const admin = await createUser({ name: "Org Admin" });
  const member = await createUser({ name: "Org Member" });
  const otherAdmin = await createUser({ name: "Other Admin" });
  const siteAdmin = await createUser({ siteRole: "ADMIN", name: "Site Admin" });
  const org = await createOrg(admin.id, "Harbour Hub");
  await addMember(org.id, member.id);
  const other = await createOrg(otherAdmin.id, "Other Hub");
  const fields = ContactFieldsSchema.parse({
    personName: "Kristiina Laur",
    organisationName: "Emajõe Keskus",
    country: "EE",
    email: "k@example.org",
    stage: "MET",
    tags: "design, study-trip",
    nextStep: "Call",
    nextStepDue: "2026-12-01",
  });
  const created = await createContact(org.id, admin.id, fields);
  if (!created.ok) throw new Error("setup");
  return { admin, member, otherAdmin, siteAdmin, org, other, contactId: created.id };
}

let w: World;
beforeAll(async () => {
  w = await world();
});

describe("contacts: editing", () => {
  test("an owner from another organisation is refused", async () => {
    const c = await db.cooperationContact.findUniqueOrThrow({ where: { id: w.contactId } });
    const fields = ContactFieldsSchema.parse({ personName: "X", ownerId: w.otherAdmin.id, stage: "MET" });
    const r = await updateContact(w.org.id, w.contactId, c.version, w.admin.id, fields);
    expect(r).toEqual({ ok: false, field: "ownerId", error: "validation:choose" });
  });
});

describe("contacts: CSV and vCard", () => {
  test("CSV export parses back with papaparse; vCard 4.0 parses with ical.js", async () => {
    const fresh = ContactFieldsSchema.parse({
      personName: "Kristiina Laur",
      country: "EE",
      email: "k@example.org",
      stage: "MET",
      tags: "design, study-trip",
      nextStep: "Call",
      nextStepDue: "2026-12-01",
    });
    const made = await createContact(w.other.id, w.otherAdmin.id, fresh);
    if (!made.ok) throw new Error("setup");
    const rows = await exportContacts(w.other.id);
    const csv = contactsToCsv(rows);
    const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ""), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[0]).toMatchObject({
      person_name: "Kristiina Laur",
      country: "EE",
      tags: "design, study-trip",
      next_step_due: "2026-12-01",
    });

    const [first] = rows;
    if (!first) throw new Error("setup");
    const tricky = {
      ...first,
      personName: 'Anna, "Ania" Nowak',
      phone: "+48 58 123 45 67",
      role: "Line one\nline two",
    };
    const vcf = contactsToVcard([tricky, first], "http://portolan.test");
    const cards = ICAL.parse(vcf) as unknown[];
    const list: unknown[] = Array.isArray(cards[0]) ? cards : [cards];
    expect(list).toHaveLength(2);
    const card = new ICAL.Component(list[0] as never);
    expect(card.getFirstPropertyValue("version")).toBe("4.0");
    expect(card.getFirstPropertyValue("fn")).toBe('Anna, "Ania" Nowak');
    expect(card.getFirstPropertyValue("email")).toBe("k@example.org");
    expect(card.getFirstPropertyValue("tel")).toBe("+48 58 123 45 67");
    expect(card.getFirstPropertyValue("title")).toBe("Line one\nline two");
  });

  test("CSV import: one bad row means nothing is imported, with a report per line", async () => {
    const before = await db.cooperationContact.count({ where: { orgId: w.org.id } });
    const csv = [
      "person_name,organisation_name,country,email,stage,owner_email,next_step,next_step_due,directory_slug",
      "Ok Person,Fine Org,LT,ok@example.org,MET,,,,",
      "Bad Country,Org,XX,,MET,,,,",
      ",,,,,,,,",
      "Ghost Owner,Org,PL,,MET,nobody@example.org,,,",
      "Wrong Date,Org,PL,,MET,,Call,2026-13-01,",
      "Unknown Link,,,,,,,,no-such-org",
    ].join("\n");
    const report = await importContactsCsv(w.org.id, w.admin.id, csv);
    expect(report.ok).toBe(false);
    expect(report.imported).toBe(0);
    const byLine = (line: number) => report.errors.filter((e) => e.row === line).map((e) => `${e.field}:${e.message}`);
    expect(byLine(2)).toEqual([]);
    expect(byLine(3)).toEqual(["country:validation:choose"]);
    expect(byLine(5)).toEqual(["owner_email:validation:unknownOwner"]);
    expect(byLine(6)).toEqual(["nextStepDue:validation:date"]);
    expect(byLine(7)).toEqual(["directory_slug:validation:unknownOrganisation"]);
    expect(await db.cooperationContact.count({ where: { orgId: w.org.id } })).toBe(before);
  });

  test("CSV import: a dry run writes nothing; a clean file imports every row; semicolons work", async () => {
    const before = await db.cooperationContact.count({ where: { orgId: w.org.id } });
    const csv = `\uFEFFperson_name;organisation_name;country;stage;owner_email;tags;directory_slug\nJānis Bērziņš;Daugavas Klasteris;LV;contacted;${w.member.email};music, festival;\nOla Nordmann;;NO;;;;${w.other.slug}\n`;
    const dry = await importContactsCsv(w.org.id, w.admin.id, csv, { dryRun: true });
    expect(dry).toMatchObject({ ok: true, rows: 2, imported: 0, errors: [] });
    expect(await db.cooperationContact.count({ where: { orgId: w.org.id } })).toBe(before);
    const real = await importContactsCsv(w.org.id, w.admin.id, csv);
    expect(real).toMatchObject({ ok: true, imported: 2 });
    const janis = await db.cooperationContact.findFirstOrThrow({
      where: { orgId: w.org.id, personName: "Jānis Bērziņš" },
    });
    expect(janis).toMatchObject({
      stage: "CONTACTED",
      ownerId: w.member.id,
      tags: ["music", "festival"],
      country: "LV",
    });
    const ola = await db.cooperationContact.findFirstOrThrow({
      where: { orgId: w.org.id, personName: "Ola Nordmann" },
    });
    expect(ola.linkedOrgId).toBe(w.other.id);
  });
});
