import {
  CategoriesProperty,
  EmailProperty,
  FNProperty,
  KindProperty,
  NoteProperty,
  OrgProperty,
  SpecialValueType,
  TelProperty,
  TextListType,
  TextType,
  TitleProperty,
  UIDProperty,
  URIType,
  URLProperty,
  VCARD,
} from "vcard4";
import { randomBytes } from "node:crypto";
import {
  forEachBatch,
  readCsv,
  tooManyRowsError,
  type ImportReport,
  type RowError,
} from "#app/utils/csv-import.server.ts";
import { db } from "#app/utils/db.server.ts";
import { toCsv } from "#app/utils/csv.ts";
import { ContactFieldsSchema, dayString, today, type ContactFields } from "./contacts.schema.ts";
import { contactColumns, type ExportContact } from "./contacts.server.ts";

/** CSV columns, in order; the import reads the same names (and ignores others). */
export const csvColumns = [
  "person_name",
  "organisation_name",
  "directory_slug",
  "country",
  "email",
  "phone",
  "role",
  "stage",
  "owner_email",
  "tags",
  "next_step",
  "next_step_due",
  "source",
] as const;

/** Contacts as CSV through the shared writer (formula cells neutralised, UTF-8 with BOM). */
export function contactsToCsv(contacts: ExportContact[]): string {
  const rows = contacts.map((c) => ({
    person_name: c.personName,
    organisation_name: c.organisationName || c.linkedOrg?.name || "",
    directory_slug: c.linkedOrg?.slug ?? "",
    country: c.country ?? c.linkedOrg?.country ?? "",
    email: c.email ?? "",
    phone: c.phone ?? "",
    role: c.role ?? "",
    stage: c.stage,
    owner_email: c.owner?.email ?? "",
    tags: c.tags.join(", "),
    next_step: c.nextStep ?? "",
    next_step_due: dayString(c.nextStepDue),
    source: c.source,
  }));
  return toCsv(csvColumns, rows);
}

/** One vCard 4.0 (RFC 6350) per contact, built and escaped by vcard4. */
export function contactsToVcard(contacts: ExportContact[], origin: string): string {
  return contacts
    .map((c) => {
      const org = c.organisationName || c.linkedOrg?.name || "";
      const props = [
        new FNProperty([], new TextType(c.personName || org)),
        new KindProperty([], new SpecialValueType("KindProperty", c.personName ? "individual" : "org")),
        new UIDProperty([], new URIType(`urn:portolan:contact:${c.id}`)),
      ];
      if (org) props.push(new OrgProperty([], new SpecialValueType("OrgProperty", [new TextType(org)])));
      if (c.email) props.push(new EmailProperty([], new TextType(c.email)));
      if (c.phone) props.push(new TelProperty([], new TextType(c.phone)));
      if (c.role) props.push(new TitleProperty([], new TextType(c.role)));
      if (c.tags.length) props.push(new CategoriesProperty([], new TextListType(c.tags.map((t) => new TextType(t)))));
      if (c.linkedOrg) props.push(new URLProperty([], new URIType(`${origin}/en/partners/${c.linkedOrg.slug}`)));
      if (c.nextStep)
        props.push(
          new NoteProperty(
            [],
            new TextType(c.nextStepDue ? `${c.nextStep} (${dayString(c.nextStepDue)})` : c.nextStep),
          ),
        );
      return new VCARD(props).repr();
    })
    .join("");
}

/** A cuid-shaped id (25 lowercase characters starting with "c"), made before the rows are written. */
const newId = () =>
  `c${BigInt(`0x${randomBytes(16).toString("hex")}`)
    .toString(36)
    .padStart(25, "0")
    .slice(0, 24)}`;

type ImportOptions = { dryRun?: boolean; onProgress?: (done: number, total: number) => void };

/**
 * Imports contacts for one organisation from CSV. Every row is checked first
 * (fields, directory slug, owner email); if any row fails nothing is written
 * and the report lists each error with its line number. Otherwise all rows go
 * in one transaction, written in batches that let other requests through.
 * At most MAX_IMPORT_ROWS rows per file.
 */
export async function importContactsCsv(
  orgId: string,
  actorId: string,
  text: string,
  { dryRun = false, onProgress }: ImportOptions = {},
): Promise<ImportReport> {
  const { records, parseErrors, tooManyRows } = readCsv(text);
  if (tooManyRows) return { ok: false, rows: records.length, imported: 0, errors: [tooManyRowsError()], dryRun };
  const errors: RowError[] = [...parseErrors];
  const [orgs, owners] = await Promise.all([
    db.organisation.findMany({
      where: { slug: { in: [...new Set(records.map(({ r }) => r.directory_slug?.trim() ?? "").filter(Boolean))] } },
      select: { id: true, slug: true },
    }),
    db.user.findMany({ where: { memberships: { some: { orgId } } }, select: { id: true, email: true } }),
  ]);
  const orgBySlug = new Map(orgs.map((o) => [o.slug, o.id]));
  const ownerByEmail = new Map(owners.map((o) => [o.email, o.id]));
  const valid: { fields: ContactFields; linkedOrgId: string | null }[] = [];
  await forEachBatch(records, (batch) =>
    batch.forEach(({ line, r }) => {
      const owner = r.owner_email?.trim().toLowerCase();
      const parsed = ContactFieldsSchema.safeParse({
        linkedOrgSlug: r.directory_slug,
        personName: r.person_name,
        organisationName: r.organisation_name,
        country: r.country?.trim().toUpperCase(),
        email: r.email,
        phone: r.phone,
        role: r.role,
        stage: r.stage?.trim() ? r.stage.trim().toUpperCase() : undefined,
        ownerId: owner ? (ownerByEmail.get(owner) ?? `unknown:${owner}`) : undefined,
        tags: r.tags,
        nextStep: r.next_step,
        nextStepDue: r.next_step_due,
        source: r.source?.trim() ? r.source.trim().toUpperCase() : undefined,
      });
      if (!parsed.success) {
        for (const issue of parsed.error.issues)
          errors.push({ row: line, field: String(issue.path[0] ?? ""), message: issue.message });
        return;
      }
      const f = parsed.data;
      if (f.ownerId?.startsWith("unknown:"))
        errors.push({ row: line, field: "owner_email", message: "validation:unknownOwner" });
      const linkedOrgId = f.linkedOrgSlug ? (orgBySlug.get(f.linkedOrgSlug) ?? null) : null;
      if (f.linkedOrgSlug && !linkedOrgId)
        errors.push({ row: line, field: "directory_slug", message: "validation:unknownOrganisation" });
      if (linkedOrgId === orgId)
        errors.push({ row: line, field: "directory_slug", message: "validation:ownOrganisation" });
      valid.push({ fields: f, linkedOrgId });
    }),
  );
  if (!records.length) errors.push({ row: 1, field: "", message: "validation:emptyFile" });
  const report = { rows: records.length, errors, dryRun };
  if (errors.length) return { ...report, ok: false, imported: 0 };
  if (dryRun) return { ...report, ok: true, imported: 0 };
  const day = today();
  // Two statements per batch instead of two per row; ids made here link each contact to its event.
  await db.$transaction(
    (tx) =>
      forEachBatch(
        valid.map((v) => ({ ...v, id: newId() })),
        async (batch) => {
          await tx.cooperationContact.createMany({
            data: batch.map(({ id, fields: f, linkedOrgId }) => ({ ...contactColumns(f, linkedOrgId), id, orgId })),
          });
          await tx.contactEvent.createMany({
            data: batch.map(({ id, fields: f }) => ({
              contactId: id,
              kind: "CREATED" as const,
              toStage: f.stage,
              authorId: actorId,
              occurredOn: day,
            })),
          });
        },
        onProgress,
      ),
    { timeout: 120_000 },
  );
  return { ...report, ok: true, imported: valid.length };
}
