import { Link, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Pagination } from "#app/components/ui/pagination.tsx";
import { formatNumber } from "#app/utils/intl.ts";
import { PAGE_SIZE, type FacetKey } from "../directory.schema.ts";
import type { DirectoryPage } from "../directory-page.server.ts";
import { selectFacets } from "./directory-filters.tsx";
import { OrgLogo } from "./org-logo.tsx";

/** The filters in use, each a link that removes it, and a link that clears them all (the text search stays). */
function ActiveFilters({ d }: { d: DirectoryPage }) {
  const { t } = useTranslation("directory");
  const { pathname, search } = useLocation();
  const active = [...selectFacets, "visits" as const].filter((k) => d.query[k]);
  if (!active.length) return null;
  const without = (key: string) => {
    const p = new URLSearchParams(search);
    p.delete(key);
    p.delete("page");
    const s = p.toString();
    return s ? `${pathname}?${s}` : pathname;
  };
  const activeLabel = (k: FacetKey) => d.facets[k].find((f) => f.value === d.query[k])?.label ?? String(d.query[k]);
  return (
    <ul className="chip-list" aria-label={t("filters.active")}>
      {active.map((k) => (
        <li key={k}>
          {/* "Open for study visits" is a yes/no filter: its name is its value, said once. */}
          <Link
            to={without(k)}
            className="chip"
            aria-label={
              k === "visits"
                ? t("filters.removeFlag", { filter: t("filters.visits") })
                : t("filters.remove", { filter: t(`filters.${k}`), value: activeLabel(k) })
            }
          >
            {k === "visits" ? t("filters.visits") : `${t(`filters.${k}`)}: ${activeLabel(k)}`}{" "}
            <span aria-hidden="true">×</span>
          </Link>
        </li>
      ))}
      <li>
        <Link to={d.query.q ? `${pathname}?q=${encodeURIComponent(d.query.q)}` : pathname}>{t("filters.clear")}</Link>
      </li>
    </ul>
  );
}

function DirectoryCard({ h, locale }: { h: DirectoryPage["hits"][number]; locale: string }) {
  const { t } = useTranslation("directory");
  return (
    <li className="org-card">
      <OrgLogo slug={h.slug} hash={h.logoHash} name={h.name} />
      <div>
        <h3>
          <Link to={`/${locale}/partners/${h.slug}`}>{h.name}</Link>
          {h.verified ? <span className="badge badge-ok">{t("profile.verified")}</span> : null}
        </h3>
        <p className="muted">{t("list.typePlace", { type: h.typeLabel, city: h.city, country: h.countryName })}</p>
        {h.description ? (
          <p
            lang={h.descriptionLocale !== locale ? (h.descriptionLocale ?? undefined) : undefined}
            className="org-description"
          >
            {h.description}
          </p>
        ) : null}
        <ul className="tag-list" aria-label={t("profile.sectors")}>
          {h.sectorLabels.map((s) => (
            <li key={s}>{s}</li>
          ))}
          {h.openForVisits ? <li className="tag-visits">{t("filters.visits")}</li> : null}
        </ul>
      </div>
    </li>
  );
}

/** The count, the active filters, one page of organisation cards and the page links. */
export function DirectoryResults({ d }: { d: DirectoryPage }) {
  const { t } = useTranslation("directory");
  return (
    <section aria-labelledby="results-title" className="directory-results">
      <h2 id="results-title" aria-live="polite">
        {t("list.count", { count: d.total, formatted: formatNumber(d.total, d.locale) })}
      </h2>
      <ActiveFilters d={d} />
      {d.hits.length === 0 ? (
        <div className="callout">
          <p>{t("list.empty")}</p>
        </div>
      ) : (
        <ol className="org-results" start={(d.page - 1) * PAGE_SIZE + 1}>
          {d.hits.map((h) => (
            <DirectoryCard key={h.id} h={h} locale={d.locale} />
          ))}
        </ol>
      )}
      <Pagination page={d.page} pageCount={d.pageCount} />
    </section>
  );
}
