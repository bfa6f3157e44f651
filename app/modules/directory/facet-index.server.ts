import { z } from "zod";
import { queryRows } from "#app/utils/db.server.ts";
import { facetKeys, type DirectoryQuery, type FacetKey } from "./directory.schema.ts";

// Facet counts over every organisation were eight scans per request: at
// 10,000 organisations ~90–250 ms on PGlite. The facet columns of all
// organisations fit in a few MB, so each instance keeps them in memory and
// counts there (~1 ms). PostgreSQL still answers the full-text part. A
// sequence bumped by a trigger on every write tells an instance that its
// copy is stale (docs/decisions/010-directory.md).

export type Entry = {
  id: string;
  updatedAt: number;
  /** Position in name order (collated), so sorting by name is a number comparison. */
  nameRank: number;
  /** Per facet (in `facetKeys` order), the codes of this organisation's values. */
  codes: number[][];
};

/** Per facet, the value of each code. */
type Dictionary = { codeOf: Map<string, number>; values: string[] }[];
type Index = { version: string; entries: Entry[]; dict: Dictionary };

let current: Index | undefined;
let building: Promise<Index> | undefined;

const VersionRow = z.object({ v: z.string() });

/** The in-memory copy of every organisation's facet fields, rebuilt when the directory changed. */
export async function facetIndex(): Promise<Index> {
  const [row] = await queryRows(VersionRow, `select last_value::text as v from organisation_directory_version`);
  const version = row?.v ?? "0";
  if (current?.version === version) return current;
  building ??= load(version).finally(() => {
    building = undefined;
  });
  return building;
}

/** The facet fields of one organisation. Checked once per rebuild (~10,000 rows), never per request. */
const Row = z.object({
  id: z.string(),
  name: z.string(),
  country: z.string(),
  city: z.string(),
  type: z.string(),
  sectors: z.array(z.string()),
  languages: z.array(z.string()),
  offers: z.array(z.string()),
  seeks: z.array(z.string()),
  visits: z.boolean(),
  updatedAt: z.number(),
});
type Row = z.infer<typeof Row>;

const valuesOf = (r: Row): string[][] => [
  [r.country],
  [r.city],
  [r.type],
  r.sectors,
  r.languages,
  r.offers,
  r.seeks,
  r.visits ? ["1"] : [],
];

async function load(version: string): Promise<Index> {
  const rows = await queryRows(
    Row,
    `select id, name, country, city, type::text as type, coalesce(sectors, '{}') as sectors, coalesce(languages, '{}') as languages,
            coalesce(offers, '{}') as offers, coalesce(seeks, '{}') as seeks, "openForVisits" as visits,
            (extract(epoch from "updatedAt") * 1000)::float8 as "updatedAt"
       from "Organisation"`,
  );
  const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });
  rows.sort((a, b) => collator.compare(a.name, b.name) || a.id.localeCompare(b.id));
  const dict: Dictionary = facetKeys.map(() => ({ codeOf: new Map(), values: [] }));
  const code = (k: number, v: string) => {
    const d = dict[k];
    let c = d.codeOf.get(v);
    if (c === undefined) d.codeOf.set(v, (c = d.values.push(v) - 1));
    return c;
  };
  const entries = rows.map((r, i) => ({
    id: r.id,
    updatedAt: r.updatedAt,
    nameRank: i,
    codes: valuesOf(r).map((vs, k) => vs.map((v) => code(k, v))),
  }));
  current = { version, entries, dict };
  return current;
}

/**
 * Filters the entries by the query's facets (and, when given, the ids that
 * matched the text search) and counts every facet value. A facet is counted
 * with all other filters applied but not its own, so a person can switch a
 * country without first clearing it. Values are small integers, so this is
 * a tight loop without allocations (~1 ms for 10,000 organisations).
 */
export function filterAndCount(index: Index, query: DirectoryQuery, textMatches: Set<string> | null) {
  const active: [facet: number, code: number][] = [];
  facetKeys.forEach((key, k) => {
    const v = query[key];
    // An empty select ("Any") sends an empty string: no filter.
    if (v !== undefined && v !== "") active.push([k, index.dict[k].codeOf.get(String(v)) ?? -1]);
  });
  const counts = index.dict.map((d) => new Int32Array(d.values.length));
  const matches: Entry[] = [];
  for (const e of index.entries) {
    if (textMatches && !textMatches.has(e.id)) continue;
    let failures = 0;
    let failed = -1;
    for (const [k, c] of active) {
      if (!e.codes[k].includes(c)) {
        failed = k;
        if (++failures > 1) break;
      }
    }
    if (failures === 0) {
      matches.push(e);
      for (let k = 0; k < e.codes.length; k++) for (const c of e.codes[k]) counts[k][c]++;
    } else if (failures === 1) {
      for (const c of e.codes[failed]) counts[failed][c]++;
    }
  }
  const facets = Object.fromEntries(
    facetKeys.map((key, k) => {
      const list: { value: string; count: number }[] = [];
      counts[k].forEach((count, c) => {
        if (count > 0) list.push({ value: index.dict[k].values[c], count });
      });
      list.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
      return [key, key === "city" ? list.slice(0, 40) : list];
    }),
  ) as Record<FacetKey, { value: string; count: number }[]>;
  return { matches, facets };
}
