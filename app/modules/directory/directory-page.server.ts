import { getFixedT } from "#app/utils/i18n.server.ts";
import type { Locale } from "#app/utils/i18n.ts";
import { collator, countryName, languageName } from "#app/utils/intl.ts";
import { DirectoryQuerySchema, type FacetKey } from "./directory.schema.ts";
import { searchDirectory } from "./directory.server.ts";

// The view model of the directory list (/partners): the same for every
// visitor, so the page may be cached publicly.

export type FacetOption = { value: string; count: number; label: string };

/** The directory page for a URL: the query it names, one page of hits and the facet counts, all labelled in `locale`. */
export async function directoryPage(url: URL, locale: Locale) {
  const query = DirectoryQuerySchema.parse(Object.fromEntries(url.searchParams));
  const result = await searchDirectory(query, locale);
  const t = getFixedT(locale, "directory");
  const tOrgs = getFixedT(locale, "orgs");
  const label = (key: FacetKey, value: string): string => {
    switch (key) {
      case "country":
        return countryName(value, locale);
      case "language":
        return languageName(value, locale);
      case "type":
        return tOrgs(`types.${value}`);
      case "sector":
        return t(`sectors.${value}`);
      case "offers":
      case "seeks":
        return t(`tags.${value}`);
      case "visits":
        return t("filters.visits");
      default:
        return value;
    }
  };
  const compare = collator(locale).compare;
  const facets = Object.fromEntries(
    Object.entries(result.facets).map(([key, values]) => [
      key,
      values
        .map((v) => ({ ...v, label: label(key as FacetKey, v.value) }))
        .sort((a, b) => (key === "city" ? b.count - a.count : 0) || compare(a.label, b.label)),
    ]),
  ) as Record<FacetKey, FacetOption[]>;
  return {
    title: query.page > 1 ? t("list.titlePage", { page: query.page }) : t("list.title"),
    description: t("list.intro"),
    locale,
    query,
    total: result.total,
    page: result.page,
    pageCount: result.pageCount,
    sort: result.sort,
    facets,
    hits: result.hits.map((h) => ({
      ...h,
      typeLabel: label("type", h.type),
      countryName: countryName(h.country, locale),
      sectorLabels: h.sectors.map((s) => t(`sectors.${s}`)),
    })),
  };
}

export type DirectoryPage = Awaited<ReturnType<typeof directoryPage>>;
