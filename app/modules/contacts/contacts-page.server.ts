import type { AppLoadContext } from "@remix-run/node";
import { assertCan, can, notFound, type Viewer } from "#app/modules/access/access.server.ts";
import { requireViewer } from "#app/modules/access/viewer.server.ts";
import { DirectoryQuerySchema } from "#app/modules/directory/directory.schema.ts";
import { getProfile, searchDirectory } from "#app/modules/directory/directory.server.ts";
import { getFixedT } from "#app/utils/i18n.server.ts";
import type { Locale } from "#app/utils/i18n.ts";
import { countryName } from "#app/utils/intl.ts";
import { countries } from "#app/utils/reference/vocabulary.ts";
import { contactLabel } from "./components/contact-bits.tsx";
import type { ContactFormDefaults } from "./components/contact-form.tsx";
import { countPendingIncoming, listContactRequests } from "./contact-requests.server.ts";
import { ContactListQuerySchema, dayString, stages, today } from "./contacts.schema.ts";
import {
  boardContacts,
  contactOwnerOrg,
  dueThisWeek,
  getContact,
  listContacts,
  orgBySlug,
  orgsByIds,
  ownerOptions,
  type ContactDetail,
  type ContactOrg,
  type ContactRow,
} from "./contacts.server.ts";

// The contacts pages' access and view models. A tracker is private to the
// organisation's members (`contacts:use`, 404 to everyone else); the queries
// that load contacts still filter by the organisation found here.

/** A slug is ASCII letters, digits and dashes; anything else ("%00") names no organisation and never reaches a query. */
const SLUG = /^[A-Za-z0-9_-]{1,140}$/;

export type ContactOrgContext = { org: ContactOrg; orgs: ContactOrg[] };

/**
 * The organisation whose contacts a page shows, from `?org=<slug>` (default:
 * the viewer's first by name), with the viewer's organisations for the
 * switch; null when they belong to none. Another organisation's slug is a
 * 404, as if it did not exist.
 */
export async function contactOrgOf(viewer: Viewer, url: URL | string): Promise<ContactOrgContext | null> {
  const slug = new URL(url).searchParams.get("org") ?? undefined;
  if (slug !== undefined && !SLUG.test(slug)) throw notFound();
  const orgs = await orgsByIds([...viewer.memberships.keys()]);
  const org = slug ? (orgs.find((o) => o.slug === slug) ?? (await orgBySlug(slug))) : orgs[0];
  if (!org) {
    if (slug) throw notFound();
    return null;
  }
  assertCan(viewer, "contacts:use", { orgId: org.id });
  return { org, orgs };
}

/** The signed-in viewer and the organisation a contacts page is about (see `contactOrgOf`). */
export async function requireContactOrg(request: Request, context: AppLoadContext) {
  const viewer = await requireViewer(request, context);
  return { viewer, user: viewer.user, ctx: await contactOrgOf(viewer, request.url) };
}

/** The organisation owning contact `id` when the viewer may use its contacts; otherwise 404 (no existence leak). */
export async function contactOrgFor(viewer: Viewer, id: string): Promise<ContactOrg> {
  const org = await contactOwnerOrg(id);
  if (!org) throw notFound();
  assertCan(viewer, "contacts:use", { orgId: org.id });
  return org;
}

/** The signed-in viewer and the organisation owning contact `id` (404 unless the viewer is its member). */
export async function requireContactAccess(request: Request, context: AppLoadContext, id: string) {
  const viewer = await requireViewer(request, context);
  return { viewer, user: viewer.user, org: await contactOrgFor(viewer, id) };
}

/** A contact as the board, the table and the due list show it. */
function contactItem(c: ContactRow, locale: string, day: Date) {
  const country = c.country ?? c.linkedOrg?.country ?? null;
  return {
    id: c.id,
    label: contactLabel(c),
    stage: c.stage,
    owner: c.owner?.name ?? null,
    tags: c.tags,
    source: c.source,
    country,
    countryName: country ? countryName(country, locale) : null,
    nextStep: c.nextStep,
    due: c.nextStepDue ? dayString(c.nextStepDue) : null,
    overdue: !!c.nextStepDue && c.nextStepDue < day,
    updatedAt: c.updatedAt,
  };
}
export type ContactItem = ReturnType<typeof contactItem>;

/** The tracker page: the board or the table, the next steps due this week, the open requests. */
export async function contactsPage(viewer: Viewer, url: string, locale: Locale) {
  const t = getFixedT(locale, "contacts");
  const ctx = await contactOrgOf(viewer, url);
  const query = ContactListQuerySchema.parse(Object.fromEntries(new URL(url).searchParams));
  const view = query.view;
  if (!ctx)
    return {
      title: t("title"),
      locale,
      org: null,
      orgs: [],
      query,
      view,
      columns: [],
      table: null,
      due: [],
      owners: [],
      incoming: 0,
      truncated: false,
    };
  const now = new Date();
  const day = today(now);
  const [board, table, due, owners, incoming] = await Promise.all([
    view === "board" ? boardContacts(ctx.org.id, query) : null,
    view === "table" ? listContacts(ctx.org.id, query) : null,
    dueThisWeek(ctx.org.id, day),
    ownerOptions(ctx.org.id),
    countPendingIncoming(ctx.org.id, now),
  ]);
  const item = (c: ContactRow) => contactItem(c, locale, day);
  return {
    title: t("titleOrg", { org: ctx.org.name }),
    locale,
    org: ctx.org,
    orgs: ctx.orgs,
    query,
    view,
    columns: board
      ? stages.map((s) => ({ stage: s, contacts: board.rows.filter((c) => c.stage === s).map(item) }))
      : [],
    truncated: board?.truncated ?? false,
    table: table ? { rows: table.rows.map(item), total: table.total, pageCount: table.pageCount } : null,
    due: due.map(item),
    owners,
    incoming,
  };
}
export type ContactsPage = Awaited<ReturnType<typeof contactsPage>>;

/** The edit form's values for a stored contact (also what a conflict shows). */
export function formDefaults(c: ContactDetail): ContactFormDefaults {
  return {
    linkedOrgSlug: c.linkedOrg?.slug ?? "",
    personName: c.personName,
    organisationName: c.organisationName,
    country: c.country ?? "",
    email: c.email ?? "",
    phone: c.phone ?? "",
    role: c.role ?? "",
    stage: c.stage,
    ownerId: c.ownerId ?? "",
    tags: c.tags.join(", "),
    nextStep: c.nextStep ?? "",
    nextStepDue: dayString(c.nextStepDue),
    source: c.source,
  };
}

/** One contact: its edit form, its timeline, and the choices the form offers. */
export async function contactPage(viewer: Viewer, id: string, locale: Locale) {
  const org = await contactOrgFor(viewer, id);
  const [contact, owners] = await Promise.all([getContact(org.id, id), ownerOptions(org.id)]);
  if (!contact) throw notFound();
  const label = contactLabel(contact);
  return {
    title: label,
    locale,
    org,
    contact: {
      id: contact.id,
      label,
      version: contact.version,
      stage: contact.stage,
      linkedOrg: contact.linkedOrg,
      createdAt: contact.createdAt,
      events: contact.events.map((e) => ({
        id: e.id,
        kind: e.kind,
        fromStage: e.fromStage,
        toStage: e.toStage,
        text: e.text,
        occurredOn: dayString(e.occurredOn),
        author: e.author?.name ?? null,
      })),
    },
    defaults: formDefaults(contact),
    owners,
    countryNames: Object.fromEntries(countries.map((c) => [c, countryName(c, locale)])),
    today: dayString(new Date()),
  };
}

/** Incoming and outgoing contact requests of the viewer's organisation; null when they belong to none. */
export async function requestsPage(viewer: Viewer, url: string, locale: Locale) {
  const ctx = await contactOrgOf(viewer, url);
  if (!ctx) return null;
  const { incoming, outgoing } = await listContactRequests(ctx.org.id);
  return {
    title: getFixedT(locale, "contacts")("requests.title"),
    locale,
    org: ctx.org,
    canDecide: can(viewer, "contacts:answer-request", { orgId: ctx.org.id }),
    incoming,
    outgoing,
  };
}

/** The new-contact form, with a directory search (`?find=`) or a chosen directory organisation (`?link=`) to link to; null when the viewer belongs to no organisation. */
export async function newContactPage(viewer: Viewer & { user: { id: string } }, url: string, locale: Locale) {
  const ctx = await contactOrgOf(viewer, url);
  if (!ctx) return null;
  const search = new URL(url).searchParams;
  const find = (search.get("find") ?? "").trim().slice(0, 100);
  const linkSlug = search.get("link") ?? "";
  const linked = linkSlug ? await getProfile(linkSlug) : null;
  const found = find ? await searchDirectory(DirectoryQuerySchema.parse({ q: find }), locale) : null;
  return {
    title: getFixedT(locale, "contacts")("new.title"),
    locale,
    org: ctx.org,
    find,
    found:
      found?.hits
        .filter((h) => h.id !== ctx.org.id)
        .slice(0, 10)
        .map((h) => ({ slug: h.slug, name: h.name, place: `${h.city}, ${countryName(h.country, locale)}` })) ?? null,
    linked:
      linked && linked.id !== ctx.org.id ? { slug: linked.slug, name: linked.name, country: linked.country } : null,
    owners: await ownerOptions(ctx.org.id),
    me: viewer.user.id,
    countryNames: Object.fromEntries(countries.map((c) => [c, countryName(c, locale)])),
  };
}
