import type { Prisma } from "#app/generated/prisma/client.ts";
import { db } from "#app/utils/db.server.ts";
import { pageCount, pageWindow } from "#app/utils/pagination.ts";
import { dayDate, today, type ContactFields, type ContactListQuery, type Stage } from "./contacts.schema.ts";

// Every function here takes the owning organisation's id and filters by it:
// a contact id from another organisation finds nothing (the route answers 404).

export const CONTACT_PAGE_SIZE = 25;
const BOARD_LIMIT = 300;

/** The organisations whose contacts a user may work with: exactly their memberships. */
export function contactOrgsOf(userId: string) {
  return db.membership.findMany({
    where: { userId },
    orderBy: { org: { name: "asc" } },
    select: { role: true, org: { select: { id: true, slug: true, name: true } } },
  });
}

const orgSelect = { id: true, slug: true, name: true } satisfies Prisma.OrganisationSelect;
export type ContactOrg = Prisma.OrganisationGetPayload<{ select: typeof orgSelect }>;

/** Organisations by id, by name (the viewer's own, for the organisation switch). */
export function orgsByIds(ids: string[]): Promise<ContactOrg[]> {
  if (!ids.length) return Promise.resolve([]);
  return db.organisation.findMany({ where: { id: { in: ids } }, orderBy: { name: "asc" }, select: orgSelect });
}

/** The organisation with this slug, whoever belongs to it (the caller checks access). */
export function orgBySlug(slug: string): Promise<ContactOrg | null> {
  return db.organisation.findUnique({ where: { slug }, select: orgSelect });
}

/** The organisation that owns a contact, or null when there is no such contact (the caller checks access). */
export async function contactOwnerOrg(contactId: string): Promise<ContactOrg | null> {
  const row = await db.cooperationContact.findUnique({
    where: { id: contactId },
    select: { org: { select: orgSelect } },
  });
  return row?.org ?? null;
}

const listSelect = {
  id: true,
  personName: true,
  organisationName: true,
  country: true,
  email: true,
  stage: true,
  tags: true,
  nextStep: true,
  nextStepDue: true,
  source: true,
  updatedAt: true,
  owner: { select: { id: true, name: true } },
  linkedOrg: { select: { slug: true, name: true, country: true } },
} satisfies Prisma.CooperationContactSelect;
export type ContactRow = Prisma.CooperationContactGetPayload<{ select: typeof listSelect }>;

function listWhere(
  orgId: string,
  q: Pick<ContactListQuery, "q" | "stage" | "owner" | "tag" | "source">,
): Prisma.CooperationContactWhereInput {
  return {
    orgId,
    ...(q.stage ? { stage: q.stage } : {}),
    ...(q.owner ? { ownerId: q.owner } : {}),
    ...(q.tag ? { tags: { has: q.tag } } : {}),
    ...(q.source ? { source: q.source } : {}),
    ...(q.q
      ? {
          OR: [
            { personName: { contains: q.q, mode: "insensitive" } },
            { organisationName: { contains: q.q, mode: "insensitive" } },
            { email: { contains: q.q, mode: "insensitive" } },
            { linkedOrg: { name: { contains: q.q, mode: "insensitive" } } },
          ],
        }
      : {}),
  };
}

/** The table view: filtered, sorted and paginated. */
export async function listContacts(orgId: string, q: ContactListQuery) {
  const where = listWhere(orgId, q);
  const dir = q.dir;
  const orderBy: Prisma.CooperationContactOrderByWithRelationInput[] =
    q.sort === "name"
      ? [{ organisationName: dir }, { personName: dir }]
      : q.sort === "stage"
        ? [{ stage: dir }, { updatedAt: "desc" }]
        : q.sort === "due"
          ? [{ nextStepDue: { sort: dir, nulls: "last" } }, { updatedAt: "desc" }]
          : [{ updatedAt: dir }];
  const [rows, total] = await Promise.all([
    db.cooperationContact.findMany({
      where,
      orderBy: [...orderBy, { id: "asc" }],
      ...pageWindow(q.page, CONTACT_PAGE_SIZE),
      select: listSelect,
    }),
    db.cooperationContact.count({ where }),
  ]);
  return { rows, total, pageCount: pageCount(total, CONTACT_PAGE_SIZE) };
}

/** The board view: every contact (up to a limit) grouped by stage, freshest first. */
export async function boardContacts(orgId: string, q: ContactListQuery) {
  const rows = await db.cooperationContact.findMany({
    where: listWhere(orgId, { ...q, stage: undefined }),
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    take: BOARD_LIMIT,
    select: listSelect,
  });
  return { rows, truncated: rows.length === BOARD_LIMIT };
}

/** Next steps due within seven days of `today`, overdue ones included. */
export function dueThisWeek(orgId: string, today: Date) {
  const end = new Date(today.getTime() + 7 * 86_400_000);
  return db.cooperationContact.findMany({
    where: { orgId, nextStepDue: { lte: end }, stage: { not: "DORMANT" } },
    orderBy: [{ nextStepDue: "asc" }, { id: "asc" }],
    take: 50,
    select: listSelect,
  });
}

export function getContact(orgId: string, id: string) {
  return db.cooperationContact.findFirst({
    where: { id, orgId },
    include: {
      owner: { select: { id: true, name: true } },
      linkedOrg: { select: { slug: true, name: true, country: true, city: true } },
      events: {
        orderBy: [{ occurredOn: "desc" }, { createdAt: "desc" }],
        include: { author: { select: { name: true } } },
      },
    },
  });
}
export type ContactDetail = NonNullable<Awaited<ReturnType<typeof getContact>>>;

/** Members who can own a contact of this organisation. */
export function ownerOptions(orgId: string) {
  return db.user.findMany({
    where: { memberships: { some: { orgId } } },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}

type FieldError = { ok: false; field: "linkedOrgSlug" | "ownerId"; error: string };

/** Checks the references in the fields (directory organisation, owner) and turns them into columns. */
async function resolveFields(
  orgId: string,
  f: ContactFields,
): Promise<{ ok: true; data: Prisma.CooperationContactUncheckedUpdateInput } | FieldError> {
  let linkedOrgId: string | null = null;
  if (f.linkedOrgSlug) {
    const linked = await db.organisation.findUnique({ where: { slug: f.linkedOrgSlug }, select: { id: true } });
    if (!linked) return { ok: false, field: "linkedOrgSlug", error: "validation:unknownOrganisation" };
    if (linked.id === orgId) return { ok: false, field: "linkedOrgSlug", error: "validation:ownOrganisation" };
    linkedOrgId = linked.id;
  }
  if (f.ownerId) {
    const member = await db.membership.findFirst({ where: { orgId, userId: f.ownerId }, select: { id: true } });
    if (!member) return { ok: false, field: "ownerId", error: "validation:choose" };
  }
  return { ok: true, data: contactColumns(f, linkedOrgId) };
}

/** The columns of a contact from its checked fields (the form, the CSV import). */
export function contactColumns(f: ContactFields, linkedOrgId: string | null) {
  return {
    linkedOrgId,
    personName: f.personName ?? "",
    organisationName: f.organisationName ?? "",
    country: f.country ?? null,
    email: f.email ?? null,
    phone: f.phone ?? null,
    role: f.role ?? null,
    stage: f.stage,
    ownerId: f.ownerId ?? null,
    tags: f.tags,
    nextStep: f.nextStep ?? null,
    nextStepDue: f.nextStepDue ? dayDate(f.nextStepDue) : null,
    source: f.source,
  };
}

export async function createContact(orgId: string, actorId: string, fields: ContactFields, now = new Date()) {
  const r = await resolveFields(orgId, fields);
  if (!r.ok) return r;
  const contact = await db.cooperationContact.create({
    data: {
      ...(r.data as Prisma.CooperationContactUncheckedCreateInput),
      orgId,
      events: { create: { kind: "CREATED", toStage: fields.stage, authorId: actorId, occurredOn: today(now) } },
    },
    select: { id: true },
  });
  return { ok: true as const, id: contact.id };
}

export type UpdateResult =
  | { ok: true }
  | FieldError
  | { ok: false; error: "notFound" }
  | { ok: false; error: "conflict"; current: ContactDetail };

/**
 * Saves an edit made on `version`. If someone changed the contact since,
 * nothing is written and the current state comes back (409 in the route).
 */
export async function updateContact(
  orgId: string,
  id: string,
  version: number,
  actorId: string,
  fields: ContactFields,
  now = new Date(),
): Promise<UpdateResult> {
  const r = await resolveFields(orgId, fields);
  if (!r.ok) return r;
  const outcome = await db.$transaction(async (tx) => {
    const before = await tx.cooperationContact.findFirst({ where: { id, orgId }, select: { stage: true } });
    if (!before) return "notFound" as const;
    const u = await tx.cooperationContact.updateMany({
      where: { id, orgId, version },
      data: { ...r.data, version: { increment: 1 } },
    });
    if (u.count !== 1) return "conflict" as const;
    if (before.stage !== fields.stage) {
      await tx.contactEvent.create({
        data: {
          contactId: id,
          kind: "STAGE",
          fromStage: before.stage,
          toStage: fields.stage,
          authorId: actorId,
          occurredOn: today(now),
        },
      });
    }
    return "saved" as const;
  });
  if (outcome === "saved") return { ok: true };
  // Read outside the transaction: PGlite has one connection, which the transaction holds.
  const current = outcome === "conflict" ? await getContact(orgId, id) : null;
  return current ? { ok: false, error: "conflict", current } : { ok: false, error: "notFound" };
}

/** Moves a contact to another stage (board), with a timeline entry; false when it is not this organisation's. */
export async function moveContact(orgId: string, id: string, stage: Stage, actorId: string, now = new Date()) {
  return db.$transaction(async (tx) => {
    const before = await tx.cooperationContact.findFirst({ where: { id, orgId }, select: { stage: true } });
    if (!before) return false;
    if (before.stage === stage) return true;
    await tx.cooperationContact.update({ where: { id }, data: { stage, version: { increment: 1 } } });
    await tx.contactEvent.create({
      data: {
        contactId: id,
        kind: "STAGE",
        fromStage: before.stage,
        toStage: stage,
        authorId: actorId,
        occurredOn: today(now),
      },
    });
    return true;
  });
}

export async function addNote(orgId: string, id: string, actorId: string, text: string, occurredOn: string) {
  const contact = await db.cooperationContact.findFirst({ where: { id, orgId }, select: { id: true } });
  if (!contact) return false;
  await db.$transaction([
    db.contactEvent.create({
      data: { contactId: id, kind: "NOTE", text, authorId: actorId, occurredOn: dayDate(occurredOn) },
    }),
    db.cooperationContact.update({ where: { id }, data: { updatedAt: new Date() } }),
  ]);
  return true;
}

export async function deleteContact(orgId: string, id: string) {
  const r = await db.cooperationContact.deleteMany({ where: { id, orgId } });
  return r.count === 1;
}

/** Every contact of an organisation, for export. */
export function exportContacts(orgId: string, id?: string) {
  return db.cooperationContact.findMany({
    where: { orgId, ...(id ? { id } : {}) },
    orderBy: [{ organisationName: "asc" }, { personName: "asc" }],
    include: {
      owner: { select: { name: true, email: true } },
      linkedOrg: { select: { name: true, slug: true, country: true, city: true, website: true } },
    },
  });
}
export type ExportContact = Awaited<ReturnType<typeof exportContacts>>[number];

/**
 * The contact an accepted request leaves in one organisation's tracker.
 * Idempotent per (organisation, request). Runs inside the caller's transaction.
 */
export async function createContactFromRequest(
  tx: Prisma.TransactionClient,
  opts: {
    orgId: string;
    requestId: string;
    linkedOrg: { id: string; name: string; country: string; contactEmail: string | null };
    person: { name: string; email: string };
    ownerId: string;
    note: string;
    authorId: string;
    now: Date;
  },
): Promise<string> {
  const day = today(opts.now);
  const contact = await tx.cooperationContact.upsert({
    where: { orgId_requestId: { orgId: opts.orgId, requestId: opts.requestId } },
    update: {},
    create: {
      orgId: opts.orgId,
      requestId: opts.requestId,
      linkedOrgId: opts.linkedOrg.id,
      organisationName: opts.linkedOrg.name,
      personName: opts.person.name,
      email: opts.person.email,
      country: opts.linkedOrg.country,
      stage: "CONTACTED",
      source: "DIRECTORY",
      ownerId: opts.ownerId,
      events: {
        create: [
          { kind: "CREATED", toStage: "CONTACTED", authorId: opts.authorId, occurredOn: day },
          { kind: "NOTE", text: opts.note, authorId: opts.authorId, occurredOn: day },
        ],
      },
    },
    select: { id: true },
  });
  return contact.id;
}
