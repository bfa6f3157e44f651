import { assertCan, can, notFound, roleIn, type Viewer } from "#app/modules/access/access.server.ts";
import { getCatalogue, moduleText } from "#app/modules/learning/catalogue.server.ts";
import { organisationReport } from "#app/modules/learning/learning.server.ts";
import { getFixedT } from "#app/utils/i18n.server.ts";
import type { Locale } from "#app/utils/i18n.ts";
import { countryName } from "#app/utils/intl.ts";
import { countries } from "#app/utils/reference/vocabulary.ts";
import { getOrganisationBySlug, listMembers, listPendingInvitations } from "./orgs.server.ts";

// View models of an organisation's own pages (/orgs/:slug and its progress report).

/** The organisation by slug, or the translated 404. */
export async function orgBySlug(slug: string) {
  const org = await getOrganisationBySlug(slug);
  if (!org) throw notFound();
  return org;
}

export type Organisation = Awaited<ReturnType<typeof orgBySlug>>;

/** The organisation page: members for its members, emails and invitations for those who manage it. */
export async function orgPage(viewer: Viewer, slug: string, locale: Locale) {
  const org = await orgBySlug(slug);
  const subject = { orgId: org.id };
  const canSeeMembers = can(viewer, "org:view-members", subject);
  const canManage = can(viewer, "org:manage-members", subject);
  const [members, invitations] = await Promise.all([
    canSeeMembers ? listMembers(org.id) : [],
    canManage ? listPendingInvitations(org.id) : [],
  ]);
  return {
    title: org.name,
    locale,
    org: {
      name: org.name,
      slug: org.slug,
      type: org.type,
      city: org.city,
      countryName: countryName(org.country, locale),
      createdAt: org.createdAt,
    },
    myRole: roleIn(viewer, org.id),
    myUserId: viewer.user?.id ?? null,
    canSeeMembers,
    canManage,
    members: members.map((m) => ({
      id: m.id,
      role: m.role,
      name: m.user.name,
      userId: m.user.id,
      email: canManage ? m.user.email : null,
    })),
    invitations,
  };
}

export type OrgPage = Awaited<ReturnType<typeof orgPage>>;

/** Learning progress per member: for org admins (and site admins) only, since per-person progress never leaves the organisation. */
export async function orgProgressPage(viewer: Viewer, slug: string, locale: Locale) {
  const org = await orgBySlug(slug);
  assertCan(viewer, "org:view-progress", { orgId: org.id });
  const modules = getCatalogue().modules;
  const report = await organisationReport(org.id, modules);
  return {
    title: getFixedT(locale, "learning")("report.title", { org: org.name }),
    locale,
    org: { name: org.name, slug: org.slug },
    modules: modules.map((m) => ({ slug: m.slug, title: moduleText(m, locale).title })),
    summary: report.summary,
    members: report.members.map((m) => ({
      name: m.name,
      modules: Object.fromEntries(
        Object.entries(m.modules).map(([k, p]) => [k, { percent: p.percent, complete: p.complete }]),
      ),
    })),
  };
}

/** The new-organisation form: countries by name in `locale`; only a verified address may create one. */
export function newOrgPage(viewer: Viewer & { user: { emailVerifiedAt: Date | null } }, locale: Locale) {
  return {
    title: getFixedT(locale, "orgs")("new.title"),
    locale,
    verified: !!viewer.user.emailVerifiedAt,
    countries: countries
      .map((c) => ({ value: c, label: countryName(c, locale) }))
      .sort((a, b) => a.label.localeCompare(b.label, locale)),
  };
}
