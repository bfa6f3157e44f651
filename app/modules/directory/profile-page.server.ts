import { assertCan, can, notFound, roleIn, type Viewer } from "#app/modules/access/access.server.ts";
import { topicsByOrganisation } from "#app/modules/forum/forum.server.ts";
import { getFixedT } from "#app/utils/i18n.server.ts";
import { locales, type Locale } from "#app/utils/i18n.ts";
import { countryName, formatList, languageName } from "#app/utils/intl.ts";
import { countries, workingLanguages } from "#app/utils/reference/vocabulary.ts";
import { getProfile, pickDescription, type Profile } from "./directory.server.ts";

// View models of an organisation's directory profile and its edit form.

/** The profile by slug, or the translated 404. */
export async function profileBySlug(slug: string): Promise<Profile> {
  const org = await getProfile(slug);
  if (!org) throw notFound();
  return org;
}

/**
 * An organisation's public profile as `viewer` may see it: member names and
 * the contact email only for members of the network. (The contact-request
 * panel beside it comes from contacts/.)
 */
export async function profilePage(viewer: Viewer, slug: string, locale: Locale) {
  const org = await profileBySlug(slug);
  const user = viewer.user;
  const seesMembers = can(viewer, "directory:see-members");
  const topics = await topicsByOrganisation(org.id, viewer);
  const t = getFixedT(locale, "directory");
  const description = pickDescription(org.descriptions, locale);
  return {
    title: org.name,
    description: description?.text,
    locale,
    signedIn: !!user,
    verifiedEmail: !!user?.emailVerifiedAt,
    isMember: seesMembers,
    canEdit: can(viewer, "org:edit", { orgId: org.id }),
    isSiteAdmin: can(viewer, "org:verify"),
    isOwnOrg: roleIn(viewer, org.id) !== null,
    org: {
      id: org.id,
      slug: org.slug,
      name: org.name,
      typeLabel: getFixedT(locale, "orgs")(`types.${org.type}`),
      city: org.city,
      countryName: countryName(org.country, locale),
      coordinates: org.latitude !== null && org.longitude !== null ? { lat: org.latitude, lng: org.longitude } : null,
      description,
      descriptionLanguage:
        description && description.locale !== locale ? languageName(description.locale, locale) : null,
      sectors: org.sectors.map((s) => t(`sectors.${s}`)),
      languages: formatList(
        org.languages.map((l) => languageName(l, locale)),
        locale,
      ),
      offers: org.offers.map((s) => t(`tags.${s}`)),
      seeks: org.seeks.map((s) => t(`tags.${s}`)),
      offerText: org.offerText,
      seekText: org.seekText,
      openForVisits: org.openForVisits,
      website: org.website,
      foundedYear: org.foundedYear,
      size: org.size,
      verified: !!org.verifiedAt,
      logoHash: org.logoHash,
      updatedAt: org.updatedAt,
      contactEmail: seesMembers ? org.contactEmail : null,
      memberCount: org.memberships.length,
      members: seesMembers ? org.memberships.map((m) => ({ name: m.user.name, role: m.role })) : [],
    },
    topics,
  };
}

export type ProfilePage = Awaited<ReturnType<typeof profilePage>>;

/** The profile when `viewer` may edit it (its org admins and site admins); 404 or 403 otherwise. */
export async function editableProfile(viewer: Viewer, slug: string): Promise<Profile> {
  const org = await profileBySlug(slug);
  assertCan(viewer, "org:edit", { orgId: org.id });
  return org;
}

/** The edit form of a profile: its current values as form defaults, and the names of countries and languages in `locale`. */
export async function profileEditPage(viewer: Viewer, slug: string, locale: Locale) {
  const org = await editableProfile(viewer, slug);
  const descriptions = (org.descriptions ?? {}) as Record<string, string>;
  return {
    title: getFixedT(locale, "directory")("edit.title", { name: org.name }),
    locale,
    slug: org.slug,
    name: org.name,
    logoHash: org.logoHash,
    countryNames: Object.fromEntries(countries.map((c) => [c, countryName(c, locale)])),
    languageNames: Object.fromEntries(workingLanguages.map((l) => [l, languageName(l, locale)])),
    defaults: {
      name: org.name,
      type: org.type,
      country: org.country,
      city: org.city,
      sectors: org.sectors,
      languages: org.languages,
      offers: org.offers,
      seeks: org.seeks,
      offerText: org.offerText,
      seekText: org.seekText,
      openForVisits: org.openForVisits ? "on" : undefined,
      website: org.website ?? "",
      foundedYear: org.foundedYear ? String(org.foundedYear) : "",
      size: org.size ?? "",
      contactEmail: org.contactEmail ?? "",
      ...Object.fromEntries(locales.map((l) => [`description_${l}`, descriptions[l] ?? ""])),
    } as Record<string, string | string[] | undefined>,
  };
}

export type ProfileEditPage = Awaited<ReturnType<typeof profileEditPage>>;
