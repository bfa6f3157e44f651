import { createHash } from "node:crypto";
import sharp from "sharp";
import { db, database } from "#app/utils/db.server.ts";
import { locales, type Locale } from "#app/utils/i18n.ts";
import { findCity, suggestCities } from "./cities.server.ts";
import { PAGE_SIZE, type DirectoryQuery, type FacetKey, type ProfileInput } from "./directory.schema.ts";

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

type Filter = { key: FacetKey; sql: string };

/** SQL conditions and parameters for a directory query (only what is set becomes a condition, so indexes stay usable). */
function conditions(query: DirectoryQuery) {
  const params: unknown[] = [];
  const add = (value: unknown) => `$${params.push(value)}::text`;
  const tsquery = prefixQuery(query.q);
  const q = tsquery ? `to_tsquery('simple', ${add(tsquery)})` : null;
  const filters: Filter[] = [];
  if (query.country) filters.push({ key: "country", sql: `o.country = ${add(query.country)}` });
  if (query.city) filters.push({ key: "city", sql: `o.city = ${add(query.city)}` });
  if (query.type) filters.push({ key: "type", sql: `o.type::text = ${add(query.type)}` });
  if (query.sector) filters.push({ key: "sector", sql: `${add(query.sector)} = any(o.sectors)` });
  if (query.language) filters.push({ key: "language", sql: `${add(query.language)} = any(o.languages)` });
  if (query.offers) filters.push({ key: "offers", sql: `${add(query.offers)} = any(o.offers)` });
  if (query.seeks) filters.push({ key: "seeks", sql: `${add(query.seeks)} = any(o.seeks)` });
  if (query.visits) filters.push({ key: "visits", sql: `o."openForVisits"` });
  const text = q ? `o.search @@ ${q}` : "true";
  const where = (except?: FacetKey) => [text, ...filters.filter((f) => f.key !== except).map((f) => f.sql)].join(" and ");
  // A facet's count leaves out its own filter, so its parameter may go unused; naming every
  // parameter once keeps PostgreSQL from failing to infer its type.
  const declare = params.length ? `with _params as (select ${params.map((_, i) => `$${i + 1}::text`).join(", ")}) ` : "";
  return { params, where, add, q, declare };
}

export type DirectoryHit = {
  id: string;
  slug: string;
  name: string;
  type: string;
  country: string;
  city: string;
  sectors: string[];
  offers: string[];
  openForVisits: boolean;
  verified: boolean;
  logoHash: string | null;
  description: string | null;
  descriptionLocale: string | null;
};

export type FacetCounts = Record<FacetKey, { value: string; count: number }[]>;

/**
 * One page of the directory plus the facet counts. Each facet is counted with
 * every other filter applied but not its own, so a person can switch a
 * country without first removing it. Two statements, both on the same
 * filtered rows; no Prisma (its query compiler costs more than the query).
 */
export async function searchDirectory(query: DirectoryQuery, locale: Locale) {
  const { params, where, add, q } = conditions(query);
  const sort = query.sort ?? (q ? "relevance" : "name");
  const order =
    sort === "relevance" && q
      ? `ts_rank(o.search, ${q}) desc, o.name`
      : sort === "updated"
        ? `o."updatedAt" desc, o.name`
        : `o.name`;
  const loc = add(locale);
  const offset = `$${params.push((query.page - 1) * PAGE_SIZE)}::int`;
  const rows = await database().query<DirectoryHit & { total: number }>(
    `select o.id, o.slug, o.name, o.type::text as type, o.country, o.city, o.sectors, o.offers, o."openForVisits",
            o."verifiedAt" is not null as verified, o."logoHash",
            coalesce(o.descriptions->>${loc}, o.descriptions->>'en') as description,
            case when o.descriptions ? ${loc} then ${loc} when o.descriptions ? 'en' then 'en' end as "descriptionLocale",
            count(*) over ()::int as total
       from "Organisation" o
      where ${where()}
      order by ${order}
      limit ${PAGE_SIZE} offset ${offset}`,
    params,
  );
  const facets = await facetCounts(query);
  // Past the last page the window count is lost: count again only then.
  const total = rows[0]?.total ?? (query.page > 1 ? await countMatches(query) : 0);
  return {
    hits: rows.map(({ total: _t, ...hit }) => hit),
    total,
    page: query.page,
    pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    sort,
    facets,
  };
}

async function countMatches(query: DirectoryQuery) {
  const { params, where } = conditions(query);
  const [row] = await database().query<{ n: number }>(`select count(*)::int as n from "Organisation" o where ${where()}`, params);
  return row?.n ?? 0;
}

async function facetCounts(query: DirectoryQuery): Promise<FacetCounts> {
  const { params, where, declare } = conditions(query);
  const scalar = (key: FacetKey, column: string, limit = 100) =>
    `(select '${key}' as facet, ${column} as value, count(*)::int as n from "Organisation" o where ${where(key)} group by 2 order by 3 desc, 2 limit ${limit})`;
  const array = (key: FacetKey, column: string) =>
    `(select '${key}' as facet, v as value, count(*)::int as n from "Organisation" o, unnest(o.${column}) v where ${where(key)} group by 2)`;
  const rows = await database().query<{ facet: FacetKey; value: string; n: number }>(
    declare +
    [
      scalar("country", "o.country"),
      scalar("city", "o.city", 40),
      scalar("type", "o.type::text"),
      array("sector", "sectors"),
      array("language", "languages"),
      array("offers", "offers"),
      array("seeks", "seeks"),
      `(select 'visits' as facet, '1' as value, count(*)::int as n from "Organisation" o where ${where("visits")} and o."openForVisits")`,
    ].join(" union all "),
    params,
  );
  const out = Object.fromEntries(
    ["country", "city", "type", "sector", "language", "offers", "seeks", "visits"].map((k) => [k, []]),
  ) as unknown as FacetCounts;
  for (const r of rows) out[r.facet].push({ value: r.value, count: r.n });
  return out;
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
      memberships: { select: { role: true, user: { select: { id: true, name: true } } }, orderBy: { user: { name: "asc" } } },
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
  const descriptions = Object.fromEntries(
    locales.flatMap((l) => {
      const v = input[`description_${l}`];
      return v ? [[l, v]] : [];
    }),
  );
  await db.organisation.update({
    where: { id: orgId },
    data: {
      name: input.name,
      type: input.type,
      country: input.country,
      city: city.name,
      latitude: city.lat,
      longitude: city.lng,
      sectors: input.sectors,
      languages: input.languages,
      offers: input.offers,
      seeks: input.seeks,
      offerText: input.offerText ?? "",
      seekText: input.seekText ?? "",
      descriptions,
      openForVisits: input.openForVisits,
      website: input.website ?? null,
      foundedYear: input.foundedYear ?? null,
      size: input.size ?? null,
      contactEmail: input.contactEmail ?? null,
    },
  });
  return { ok: true };
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
export async function saveLogo(orgId: string, file: File, maxBytes: number, allowed: readonly string[]): Promise<LogoResult> {
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

/** The logo bytes of an organisation (by slug), or null. */
export async function getLogo(slug: string) {
  const [row] = await database().query<{ mime: string; data: string; hash: string }>(
    `select l.mime, l.data, o."logoHash" as hash from "OrganisationLogo" l join "Organisation" o on o.id = l."orgId" where o.slug = $1`,
    [slug],
  );
  return row ? { mime: row.mime, hash: row.hash, bytes: Buffer.from(row.data, "base64") } : null;
}
