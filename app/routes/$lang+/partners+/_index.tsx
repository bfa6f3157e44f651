import { type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData, useLocation, useSubmit } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx";
import { Pagination } from "#app/components/ui/pagination.tsx";
import { DirectoryQuerySchema, PAGE_SIZE, type FacetKey } from "#app/modules/directory/directory.schema.ts";
import { searchDirectory } from "#app/modules/directory/directory.server.ts";
import { OrgLogo } from "#app/modules/directory/components/org-logo.tsx";
import { getFixedT, routeLocale } from "#app/utils/i18n.server.ts";
import { addServerTiming } from "#app/utils/timing.server.ts";
import { collator, countryName, formatNumber, languageName } from "#app/utils/intl.ts";
import { titleMeta } from "#app/utils/meta.ts";

export const handle = { i18n: ["directory", "orgs"], cache: "public" };
export const meta = titleMeta;

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = routeLocale(params);
  const query = DirectoryQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const started = performance.now();
  const result = await searchDirectory(query, locale);
  addServerTiming(request, context, "search", started);
  const t = getFixedT(locale, "directory");
  const label = (key: FacetKey, value: string): string => {
    switch (key) {
      case "country":
        return countryName(value, locale);
      case "language":
        return languageName(value, locale);
      case "type":
        return getFixedT(locale, "orgs")(`types.${value}`);
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
  ) as Record<FacetKey, { value: string; count: number; label: string }[]>;
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

const selectFacets = ["country", "city", "type", "sector", "language", "offers", "seeks"] as const;

export default function Directory() {
  const { t } = useTranslation("directory");
  const d = useLoaderData<typeof loader>();
  const submit = useSubmit();
  const { pathname, search } = useLocation();
  const active = [...selectFacets, "visits" as const].filter((k) => d.query[k]);
  const without = (key: string) => {
    const p = new URLSearchParams(search);
    p.delete(key);
    p.delete("page");
    const s = p.toString();
    return s ? `${pathname}?${s}` : pathname;
  };
  const activeLabel = (k: FacetKey) => d.facets[k].find((f) => f.value === d.query[k])?.label ?? String(d.query[k]);
  return (
    <div className="page">
      <h1>{t("list.title")}</h1>
      <p className="lead">{t("list.intro")}</p>
      <div className="directory-layout">
        <Form
          method="get"
          role="search"
          className="directory-filters stack"
          aria-labelledby="filters-title"
          onChange={(e) => {
            // With JavaScript a changed filter applies at once; without, the button does it.
            if ((e.target as HTMLElement).tagName === "SELECT" || (e.target as HTMLInputElement).type === "checkbox") submit(e.currentTarget);
          }}
        >
          <h2 id="filters-title" className="visually-hidden">{t("filters.title")}</h2>
          <div className="field">
            <label htmlFor="q">{t("filters.q")}</label>
            <input id="q" name="q" type="search" defaultValue={d.query.q} aria-describedby="q-hint" />
            <p className="field-hint" id="q-hint">{t("filters.qHint")}</p>
          </div>
          {selectFacets.map((key) => {
            const options = d.facets[key];
            const selected = d.query[key] ?? "";
            return (
              <div className="field" key={key}>
                <label htmlFor={`f-${key}`}>{t(`filters.${key}`)}</label>
                <select id={`f-${key}`} name={key} defaultValue={selected} key={`${key}-${selected}`}>
                  <option value="">{t("filters.any")}</option>
                  {options.map((o) => (
                    <option key={o.value} value={o.value}>
                      {t("filters.option", { label: o.label, count: o.count })}
                    </option>
                  ))}
                  {selected && !options.some((o) => o.value === selected) ? <option value={selected}>{t("filters.option", { label: selected, count: 0 })}</option> : null}
                </select>
              </div>
            );
          })}
          <div className="field-checkbox">
            <input id="f-visits" type="checkbox" name="visits" value="1" defaultChecked={!!d.query.visits} key={`visits-${d.query.visits}`} />
            <label htmlFor="f-visits">{t("filters.option", { label: t("filters.visits"), count: d.facets.visits[0]?.count ?? 0 })}</label>
          </div>
          <div className="field">
            <label htmlFor="f-sort">{t("sort.label")}</label>
            <select id="f-sort" name="sort" defaultValue={d.sort} key={`sort-${d.sort}`}>
              {d.query.q ? <option value="relevance">{t("sort.relevance")}</option> : null}
              <option value="name">{t("sort.name")}</option>
              <option value="updated">{t("sort.updated")}</option>
            </select>
          </div>
          <button type="submit" className="button">{t("filters.apply")}</button>
        </Form>

        <section aria-labelledby="results-title" className="directory-results">
          <h2 id="results-title" aria-live="polite">
            {t("list.count", { count: d.total, formatted: formatNumber(d.total, d.locale) })}
          </h2>
          {active.length ? (
            <ul className="chip-list" aria-label={t("filters.active")}>
              {active.map((k) => (
                <li key={k}>
                  {/* "Open for study visits" is a yes/no filter: its name is its value, said once. */}
                  <Link
                    to={without(k)}
                    className="chip"
                    aria-label={k === "visits" ? t("filters.removeFlag", { filter: t("filters.visits") }) : t("filters.remove", { filter: t(`filters.${k}`), value: activeLabel(k) })}
                  >
                    {k === "visits" ? t("filters.visits") : `${t(`filters.${k}`)}: ${activeLabel(k)}`} <span aria-hidden="true">×</span>
                  </Link>
                </li>
              ))}
              <li>
                <Link to={d.query.q ? `${pathname}?q=${encodeURIComponent(d.query.q)}` : pathname}>{t("filters.clear")}</Link>
              </li>
            </ul>
          ) : null}
          {d.hits.length === 0 ? (
            <div className="callout">
              <p>{t("list.empty")}</p>
            </div>
          ) : (
            <ol className="org-results" start={(d.page - 1) * PAGE_SIZE + 1}>
              {d.hits.map((h) => (
                <li key={h.id} className="org-card">
                  <OrgLogo slug={h.slug} hash={h.logoHash} name={h.name} />
                  <div>
                    <h3>
                      <Link to={`/${d.locale}/partners/${h.slug}`}>{h.name}</Link>
                      {h.verified ? <span className="badge badge-ok">{t("profile.verified")}</span> : null}
                    </h3>
                    <p className="muted">{t("list.typePlace", { type: h.typeLabel, city: h.city, country: h.countryName })}</p>
                    {h.description ? (
                      <p lang={h.descriptionLocale !== d.locale ? (h.descriptionLocale ?? undefined) : undefined} className="org-description">
                        {h.description}
                      </p>
                    ) : null}
                    <ul className="tag-list" aria-label={t("profile.sectors")}>
                      {h.sectorLabels.map((s) => <li key={s}>{s}</li>)}
                      {h.openForVisits ? <li className="tag-visits">{t("filters.visits")}</li> : null}
                    </ul>
                  </div>
                </li>
              ))}
            </ol>
          )}
          <Pagination page={d.page} pageCount={d.pageCount} />
        </section>
      </div>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
