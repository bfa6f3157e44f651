import { createHash } from "node:crypto";
import sharp from "sharp";
import { z } from "zod";
import { slugify } from "#app/utils/reference/slug.ts";
import { db, database, queryRows } from "#app/utils/db.server.ts";
import { locales, type Locale } from "#app/utils/i18n.ts";
import { pageCount, pageWindow } from "#app/utils/pagination.ts";
import { findCity, suggestCities } from "#app/utils/reference/cities.server.ts";
import { PAGE_SIZE, type DirectoryQuery, type FacetKey, type ProfileInput } from "./directory.schema.ts";
import { facetIndex, filterAndCount } from "./facet-index.server.ts";

/**
 * Turns what a person typed into a prefix tsquery ("kreativ netz" →
 * 'kreativ':* & 'netz':*). Prefixes stand in for stemming, which the
 * 'simple' configuration lacks; only letters and digits pass, so the string
 * is always valid tsquery syntax.
 */
export function prefixQuery(q: string): string | null {
  const tokens = q
    .normalize("NFC")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 8);
  return tokens.length ? tokens.map((t) => `'${t}':*`).join(" & ") : null;
}

/** One card of the directory list, as HIT_SQL selects it. */
const HitRow = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  type: z.string(),
  country: z.string(),
  city: z.string(),
  sectors: z.array(z.string()),
  offers: z.array(z.string()),
  openForVisits: z.boolean(),
  verified: z.boolean(),
  logoHash: z.string().nullable(),
  description: z.string().nullable(),
  descriptionLocale: z.string().nullable(),
});
export type DirectoryHit = z.infer<typeof HitRow>;

const HIT_SQL = `select o.id, o.slug, o.name, o.type::text as type, o.country, o.city, o.sectors, o.offers, o."openForVisits",
       o."verifiedAt" is not null as verified, o."logoHash",
       coalesce(o.descriptions->>$2, o.descriptions->>'en') as description,
       case when o.descriptions ? $2 then $2 when o.descriptions ? 'en' then 'en' end as "descriptionLocale"
  from "Organisation" o
 where o.id = any($1::text[])`;

/** One aggregated text column (ids, or id-rank pairs), null when nothing matched. */
const PackedRow = z.object({ r: z.string().nullable() });

export type FacetCounts = Record<FacetKey, { value: string; count: number }[]>;

/**
 * One page of the directory plus the facet counts. PostgreSQL full-text
 * search (GIN index) finds and ranks the text matches; facets, filters and
 * sorting run on the in-memory facet index; then one query fetches the 20
 * rows shown. No Prisma on this path (its query compiler costs more than
 * the queries).
 */
export async function searchDirectory(query: DirectoryQuery, locale: Locale) {
  const index = await facetIndex();
  const tsquery = prefixQuery(query.q);
  const found = tsquery ? await textMatches(tsquery) : null;
  const { matches, facets } = filterAndCount(index, query, found);
  const sort = query.sort === "relevance" && !found ? "name" : (query.sort ?? (found ? "relevance" : "name"));
  // Entries are kept in name order, so "name" needs no sort.
  if (sort === "relevance") {
    // Ranking reads each whole document, so only the rows that passed the filters are ranked.
    const ranks = await rank(
      tsquery!,
      matches.map((e) => e.id),
    );
    matches.sort((a, b) => (ranks.get(b.id) ?? 0) - (ranks.get(a.id) ?? 0) || a.nameRank - b.nameRank);
  } else if (sort === "updated") matches.sort((a, b) => b.updatedAt - a.updatedAt || a.nameRank - b.nameRank);
  const total = matches.length;
  const { skip, take } = pageWindow(query.page, PAGE_SIZE);
  const ids = matches.slice(skip, skip + take).map((e) => e.id);
  const rows = ids.length ? await queryRows(HitRow, HIT_SQL, [ids, locale]) : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return {
    hits: ids.flatMap((id) => byId.get(id) ?? []),
    total,
    page: query.page,
    pageCount: pageCount(total, PAGE_SIZE),
    sort,
    facets: facets as FacetCounts,
  };
}

/**
 * Ids of the organisations matching a tsquery, as one string: thousands of
 * rows cost more to pass from PGlite than to find. The planner prefers a
 * sequential scan for common prefixes, which detoasts every document (~40 ms
 * at 10,000 organisations); the GIN index takes ~3 ms.
 */
async function textMatches(tsquery: string): Promise<Set<string>> {
  let packed = "";
  await database().transaction(async (q) => {
    await q("set local enable_seqscan = off");
    const [row] = await queryRows(
      PackedRow,
      `select string_agg(o.id, ',') as r from "Organisation" o, to_tsquery('simple', $1) q where o.search @@ q`,
      [tsquery],
      q,
    );
    packed = row?.r ?? "";
  });
  return new Set(packed ? packed.split(",") : []);
}

/** ts_rank of the given organisations for a tsquery (name matches weigh most: see the search trigger). */
async function rank(tsquery: string, ids: string[]): Promise<Map<string, number>> {
  if (!ids.length) return new Map();
  const [row] = await queryRows(
    PackedRow,
    `select string_agg(o.id || ' ' || ts_rank(o.search, to_tsquery('simple', $1))::text, ',') as r from "Organisation" o where o.id = any($2::text[])`,
    [tsquery, ids],
  );
  const ranks = new Map<string, number>();
  for (const pair of row?.r ? row.r.split(",") : []) {
    const space = pair.indexOf(" ");
    ranks.set(pair.slice(0, space), Number(pair.slice(space + 1)));
  }
  return ranks;
}

/** A whole directory profile by slug, or null. */
export function getProfile(slug: string) {
  return db.organisation.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      type: true,
      country: true,
      city: true,
      latitude: true,
      longitude: true,
      sectors: true,
      languages: true,
      offers: true,
      seeks: true,
      offerText: true,
      seekText: true,
      descriptions: true,
      openForVisits: true,
      website: true,
      foundedYear: true,
      size: true,
      contactEmail: true,
      verifiedAt: true,
      logoHash: true,
      updatedAt: true,
      memberships: {
        select: { role: true, user: { select: { id: true, name: true } } },
        orderBy: { user: { name: "asc" } },
      },
    },
  });
}
export type Profile = NonNullable<Awaited<ReturnType<typeof getProfile>>>;

/** The description in the reader's locale, else English, else any; says which one it is. */
export function pickDescription(descriptions: unknown, locale: Locale): { text: string; locale: string } | null {
  const d = (descriptions ?? {}) as Record<string, string>;
  for (const l of [locale, "en", ...locales]) if (d[l]?.trim()) return { text: d[l], locale: l };
  return null;
}

export type ProfileUpdate = { ok: true } | { ok: false; field: "city"; suggestions: string[] };

/** Saves the profile form; the city must be in the bundled list (it gives the coordinates). */
export async function updateProfile(orgId: string, input: ProfileInput): Promise<ProfileUpdate> {
  const city = findCity(input.country, input.city);
  if (!city) return { ok: false, field: "city", suggestions: suggestCities(input.country, input.city, 5) };
  // The slug stays: links to the profile must keep working after a rename.
  const { slug: _slug, ...columns } = organisationRow(input, city);
  await db.organisation.update({ where: { id: orgId }, data: columns });
  return { ok: true };
}

/** One organisation row as stored: what the profile form saves plus slug and coordinates. */
export type OrganisationRow = ReturnType<typeof organisationRow>;

/** The columns of an organisation from validated profile fields and its city (coordinates from the bundled list). */
export function organisationRow(
  p: ProfileInput,
  city: { name: string; lat: number; lng: number },
  slug = slugify(p.name),
) {
  const descriptions = Object.fromEntries(
    locales.flatMap((l) => (p[`description_${l}`] ? [[l, p[`description_${l}`]!]] : [])),
  );
  return {
    slug,
    name: p.name,
    type: p.type,
    country: p.country,
    city: city.name,
    latitude: city.lat,
    longitude: city.lng,
    sectors: p.sectors,
    languages: p.languages,
    offers: p.offers,
    seeks: p.seeks,
    offerText: p.offerText ?? "",
    seekText: p.seekText ?? "",
    descriptions,
    openForVisits: p.openForVisits,
    website: p.website ?? null,
    foundedYear: p.foundedYear ?? null,
    size: p.size ?? null,
    contactEmail: p.contactEmail ?? null,
  };
}

/** Sets or clears the verified badge (site admins only; the caller checks). */
export function setVerified(orgId: string, verified: boolean) {
  return db.organisation.update({ where: { id: orgId }, data: { verifiedAt: verified ? new Date() : null } });
}

export type LogoResult = { ok: true } | { ok: false; error: "logoType" | "logoSize" | "logoUnreadable" };

/**
 * Re-encodes an uploaded logo to a 256 px WebP: the stored file is always one
 * we produced, never the uploaded bytes (no scripts in SVG, no odd metadata).
 */
export async function saveLogo(
  orgId: string,
  file: File,
  maxBytes: number,
  allowed: readonly string[],
): Promise<LogoResult> {
  if (!allowed.includes(file.type)) return { ok: false, error: "logoType" };
  if (file.size > maxBytes) return { ok: false, error: "logoSize" };
  let webp: Buffer;
  try {
    webp = await sharp(Buffer.from(await file.arrayBuffer()), { limitInputPixels: 40_000_000 })
      .rotate()
      .resize(256, 256, { fit: "contain", background: { r: 255, g: 255, b: 255, alpha: 0 } })
      .webp({ quality: 82 })
      .toBuffer();
  } catch {
    return { ok: false, error: "logoUnreadable" };
  }
  const hash = createHash("sha256").update(webp).digest("hex").slice(0, 16);
  await db.$transaction([
    db.organisationLogo.upsert({
      where: { orgId },
      create: { orgId, mime: "image/webp", data: webp.toString("base64") },
      update: { mime: "image/webp", data: webp.toString("base64") },
    }),
    db.organisation.update({ where: { id: orgId }, data: { logoHash: hash } }),
  ]);
  return { ok: true };
}

export async function removeLogo(orgId: string) {
  await db.$transaction([
    db.organisationLogo.deleteMany({ where: { orgId } }),
    db.organisation.update({ where: { id: orgId }, data: { logoHash: null } }),
  ]);
}

const LogoRow = z.object({ mime: z.string(), data: z.string(), hash: z.string().nullable() });

/** The logo bytes of an organisation (by slug), or null. */
export async function getLogo(slug: string) {
  const [row] = await queryRows(
    LogoRow,
    `select l.mime, l.data, o."logoHash" as hash from "OrganisationLogo" l join "Organisation" o on o.id = l."orgId" where o.slug = $1`,
    [slug],
  );
  return row ? { mime: row.mime, hash: row.hash, bytes: Buffer.from(row.data, "base64") } : null;
}
