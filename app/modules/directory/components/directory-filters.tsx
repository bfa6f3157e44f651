import { Form, useSubmit } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { DirectoryPage } from "../directory-page.server.ts";

/** The facets shown as selects (study visits is a checkbox). */
export const selectFacets = ["country", "city", "type", "sector", "language", "offers", "seeks"] as const;

/** The directory's search and filter form: a GET form, so every view has its own URL and works without JavaScript. */
export function DirectoryFilters({ d }: { d: DirectoryPage }) {
  const { t } = useTranslation("directory");
  const submit = useSubmit();
  return (
    <Form
      method="get"
      role="search"
      className="directory-filters stack"
      aria-labelledby="filters-title"
      onChange={(e) => {
        // With JavaScript a changed filter applies at once; without, the button does it.
        if ((e.target as HTMLElement).tagName === "SELECT" || (e.target as HTMLInputElement).type === "checkbox")
          submit(e.currentTarget);
      }}
    >
      <h2 id="filters-title" className="visually-hidden">
        {t("filters.title")}
      </h2>
      <div className="field">
        <label htmlFor="q">{t("filters.q")}</label>
        <input id="q" name="q" type="search" defaultValue={d.query.q} aria-describedby="q-hint" />
        <p className="field-hint" id="q-hint">
          {t("filters.qHint")}
        </p>
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
              {selected && !options.some((o) => o.value === selected) ? (
                <option value={selected}>{t("filters.option", { label: selected, count: 0 })}</option>
              ) : null}
            </select>
          </div>
        );
      })}
      <div className="field-checkbox">
        <input
          id="f-visits"
          type="checkbox"
          name="visits"
          value="1"
          defaultChecked={!!d.query.visits}
          key={`visits-${d.query.visits}`}
        />
        <label htmlFor="f-visits">
          {t("filters.option", { label: t("filters.visits"), count: d.facets.visits[0]?.count ?? 0 })}
        </label>
      </div>
      <div className="field">
        <label htmlFor="f-sort">{t("sort.label")}</label>
        <select id="f-sort" name="sort" defaultValue={d.sort} key={`sort-${d.sort}`}>
          {d.query.q ? <option value="relevance">{t("sort.relevance")}</option> : null}
          <option value="name">{t("sort.name")}</option>
          <option value="updated">{t("sort.updated")}</option>
        </select>
      </div>
      <button type="submit" className="button">
        {t("filters.apply")}
      </button>
    </Form>
  );
}
