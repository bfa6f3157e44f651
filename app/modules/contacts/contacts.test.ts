import ICAL from "ical.js";
import Papa from "papaparse";
import { beforeAll, describe, expect, test } from "vitest";
import { addMember, createOrg, createUser } from "#tests/factories.ts";
import { callRoute } from "#tests/route.ts";
import { action as contactAction, loader as contactLoader } from "#app/routes/$lang+/contacts+/$id.tsx";
import { loader as vcardLoader } from "#app/routes/$lang+/contacts+/$id_.vcard.tsx";
import { action as boardAction, loader as boardLoader } from "#app/routes/$lang+/contacts+/_index.tsx";
import { loader as exportLoader } from "#app/routes/$lang+/contacts+/export.tsx";
import { db } from "#app/utils/db.server.ts";
import { contactsToCsv, contactsToVcard, importContactsCsv } from "./contacts-io.server.ts";
import { ContactFieldsSchema } from "./contacts.schema.ts";
import { createContact, exportContacts, updateContact } from "./contacts.server.ts";

type World = Awaited<ReturnType<typeof world>>;

async function world() {
  const admin = await createUser({ name: "Org Admin" });
  const member = await createUser({ name: "Org Member" });
  const otherAdmin = await createUser({ name: "Other Admin" });
  const siteAdmin = await createUser({ siteRole: "ADMIN", name: "Site Admin" });
  const org = await createOrg(admin.id, "Harbour Hub");
  await addMember(org.id, member.id);
  const other = await createOrg(otherAdmin.id, "Other Hub");
  const fields = ContactFieldsSchema.parse({ personName: "Kristiina Laur", organisationName: "Emajõe Keskus", country: "EE", email: "k@example.org", stage: "MET", tags: "design, study-trip", nextStep: "Call", nextStepDue: "2026-12-01" });
  const created = await createContact(org.id, admin.id, fields);
  if (!created.ok) throw new Error("setup");
  return { admin, member, otherAdmin, siteAdmin, org, other, contactId: created.id };
}

let w: World;
beforeAll(async () => {
  w = await world();
});

describe("contacts: permission matrix through the real routes", () => {
  const who = () =>
    [
      ["org admin", w.admin.id, 200],
      ["member", w.member.id, 200],
      ["admin of another org", w.otherAdmin.id, 404],
      ["site admin who is not a member", w.siteAdmin.id, 404],
    ] as const;

  test("the contact page: members read it, everyone else gets 404 (no existence leak)", async () => {
    for (const [label, userId, status] of who()) {
      const r = await callRoute(contactLoader, { userId, path: `/en/contacts/${w.contactId}`, params: { lang: "en", id: w.contactId } });
      expect(r.status, label).toBe(status);
    }
    const unknown = await callRoute(contactLoader, { userId: w.otherAdmin.id, path: "/en/contacts/nope", params: { lang: "en", id: "nope" } });
    expect(unknown.status).toBe(404);
    const visitor = await callRoute(contactLoader, { userId: null, path: `/en/contacts/${w.contactId}`, params: { lang: "en", id: w.contactId } });
    expect(visitor.status).toBe(302);
    expect(visitor.location).toContain("/en/login?redirectTo=");
  });

  test("vCard and CSV downloads follow the same rule", async () => {
    for (const [label, userId, status] of who()) {
      const r = await callRoute(vcardLoader, { userId, path: `/en/contacts/${w.contactId}/vcard`, params: { lang: "en", id: w.contactId } });
      expect(r.status, label).toBe(status);
      if (status === 200) expect(r.body).toContain("FN:Kristiina Laur");
    }
    const own = await callRoute(exportLoader, { userId: w.member.id, path: `/en/contacts/export?org=${w.org.slug}&format=csv`, params: { lang: "en" } });
    expect(own.body).toContain("Kristiina Laur");
    const foreign = await callRoute(exportLoader, { userId: w.otherAdmin.id, path: `/en/contacts/export?org=${w.org.slug}&format=csv`, params: { lang: "en" } });
    expect(foreign.status).toBe(404);
    // Without ?org the other admin gets their own (empty) list, never ours.
    const theirs = await callRoute(exportLoader, { userId: w.otherAdmin.id, path: `/en/contacts/export?format=csv`, params: { lang: "en" } });
    expect(theirs.body).not.toContain("Kristiina");
  });

  test("the board of another organisation is a 404", async () => {
    const r = await callRoute(boardLoader, { userId: w.otherAdmin.id, path: `/en/contacts?org=${w.org.slug}`, params: { lang: "en" } });
    expect(r.status).toBe(404);
    const mine = await callRoute(boardLoader, { userId: w.member.id, path: `/en/contacts?org=${w.org.slug}`, params: { lang: "en" } });
    const data = mine.data as { columns: { stage: string; contacts: { label: string }[] }[] };
    expect(data.columns.find((c) => c.stage === "MET")?.contacts.map((c) => c.label)).toEqual(["Kristiina Laur (Emajõe Keskus)"]);
  });

  test("outsiders cannot change, annotate, move or delete; nothing changes", async () => {
    const before = await db.cooperationContact.findUniqueOrThrow({ where: { id: w.contactId }, include: { events: true } });
    const attempts: Record<string, string>[] = [
      { intent: "update", version: String(before.version), personName: "Hacked", stage: "DORMANT", source: "OTHER" },
      { intent: "note", text: "spam", occurredOn: "2026-11-01" },
      { intent: "delete" },
    ];
    for (const userId of [w.otherAdmin.id, w.siteAdmin.id]) {
      for (const form of attempts) {
        const r = await callRoute(contactAction, { userId, path: `/en/contacts/${w.contactId}`, params: { lang: "en", id: w.contactId }, form });
        expect(r.status, `${form.intent}`).toBe(404);
      }
      const move = await callRoute(boardAction, { userId, path: `/en/contacts`, params: { lang: "en" }, form: { intent: "move", contactId: w.contactId, stage: "DORMANT" } });
      expect(move.status).toBe(404);
    }
    const visitor = await callRoute(contactAction, { userId: null, path: `/en/contacts/${w.contactId}`, params: { lang: "en", id: w.contactId }, form: { intent: "delete" } });
    expect(visitor.status).toBe(302);
    const after = await db.cooperationContact.findUniqueOrThrow({ where: { id: w.contactId }, include: { events: true } });
    expect(after).toEqual(before);
  });

  test("a member moves a contact on the board; the timeline records it", async () => {
    const r = await callRoute(boardAction, { userId: w.member.id, path: `/en/contacts?org=${w.org.slug}`, params: { lang: "en" }, form: { intent: "move", contactId: w.contactId, stage: "EXPLORING" } });
    expect(r.status).toBe(302);
    const c = await db.cooperationContact.findUniqueOrThrow({ where: { id: w.contactId }, include: { events: true } });
    expect(c.stage).toBe("EXPLORING");
    expect(c.events.some((e) => e.kind === "STAGE" && e.fromStage === "MET" && e.toStage === "EXPLORING" && e.authorId === w.member.id)).toBe(true);
  });
});

describe("contacts: editing", () => {
  test("an edit based on an old version gets 409 and writes nothing", async () => {
    const c = await db.cooperationContact.findUniqueOrThrow({ where: { id: w.contactId } });
    const base = { intent: "update", personName: "Kristiina Laur", organisationName: "Emajõe Keskus", stage: c.stage, source: "OTHER" };
    const first = await callRoute(contactAction, { userId: w.admin.id, path: `/en/contacts/${w.contactId}`, params: { lang: "en", id: w.contactId }, form: { ...base, version: String(c.version), role: "Director" } });
    expect(first.status).toBe(200);
    const stale = await callRoute(contactAction, { userId: w.member.id, path: `/en/contacts/${w.contactId}`, params: { lang: "en", id: w.contactId }, form: { ...base, version: String(c.version), role: "Intern" } });
    expect(stale.status).toBe(409);
    expect((stale.data as { conflict: { values: { role: string } } }).conflict.values.role).toBe("Director");
    expect((await db.cooperationContact.findUniqueOrThrow({ where: { id: w.contactId } })).role).toBe("Director");
  });

  test("bad input is refused with field errors and saves nothing", async () => {
    const c = await db.cooperationContact.findUniqueOrThrow({ where: { id: w.contactId } });
    const r = await callRoute(contactAction, {
      userId: w.admin.id,
      path: `/en/contacts/${w.contactId}`,
      params: { lang: "en", id: w.contactId },
      form: { intent: "update", version: String(c.version), personName: "", organisationName: "", stage: "NOPE", email: "not-an-email", nextStepDue: "2026-02-30" },
    });
    expect(r.status).toBe(400);
    const errors = (r.data as { result: { error: Record<string, string[]> } }).result.error;
    expect(errors.stage).toEqual(["validation:choose"]);
    expect(errors.email?.[0]).toMatch(/^validation:/);
    expect(errors.nextStepDue).toEqual(["validation:date"]);
    expect(await db.cooperationContact.findUniqueOrThrow({ where: { id: w.contactId } })).toEqual(c);
  });

  test("an owner from another organisation is refused", async () => {
    const c = await db.cooperationContact.findUniqueOrThrow({ where: { id: w.contactId } });
    const fields = ContactFieldsSchema.parse({ personName: "X", ownerId: w.otherAdmin.id, stage: "MET" });
    const r = await updateContact(w.org.id, w.contactId, c.version, w.admin.id, fields);
    expect(r).toEqual({ ok: false, field: "ownerId", error: "validation:choose" });
  });
});

describe("contacts: CSV and vCard", () => {
  test("CSV export parses back with papaparse; vCard 4.0 parses with ical.js", async () => {
    const fresh = ContactFieldsSchema.parse({ personName: "Kristiina Laur", country: "EE", email: "k@example.org", stage: "MET", tags: "design, study-trip", nextStep: "Call", nextStepDue: "2026-12-01" });
    const made = await createContact(w.other.id, w.otherAdmin.id, fresh);
    if (!made.ok) throw new Error("setup");
    const rows = await exportContacts(w.other.id);
    const csv = contactsToCsv(rows);
    const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[0]).toMatchObject({ person_name: "Kristiina Laur", country: "EE", tags: "design, study-trip", next_step_due: "2026-12-01" });

    const tricky = { ...rows[0]!, personName: "Anna, \"Ania\" Nowak", phone: "+48 58 123 45 67", role: "Line one\nline two" };
    const vcf = contactsToVcard([tricky, rows[0]!], "http://portolan.test");
    const cards = ICAL.parse(vcf) as unknown[];
    const list = (Array.isArray(cards[0]) ? cards : [cards]) as unknown[];
    expect(list).toHaveLength(2);
    const card = new ICAL.Component(list[0] as never);
    expect(card.getFirstPropertyValue("version")).toBe("4.0");
    expect(card.getFirstPropertyValue("fn")).toBe("Anna, \"Ania\" Nowak");
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
    const janis = await db.cooperationContact.findFirstOrThrow({ where: { orgId: w.org.id, personName: "Jānis Bērziņš" } });
    expect(janis).toMatchObject({ stage: "CONTACTED", ownerId: w.member.id, tags: ["music", "festival"], country: "LV" });
    const ola = await db.cooperationContact.findFirstOrThrow({ where: { orgId: w.org.id, personName: "Ola Nordmann" } });
    expect(ola.linkedOrgId).toBe(w.other.id);
  });
});
