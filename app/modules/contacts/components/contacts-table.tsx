import { Form, Link, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Pagination } from "#app/components/ui/pagination.tsx";
import { formatDate } from "#app/utils/format.ts";
import type { ContactItem } from "../contacts-page.server.ts";
import { dayDate, sources, stages, type ContactListQuery } from "../contacts.schema.ts";

type Props = {
  table: { rows: ContactItem[]; total: number; pageCount: number };
  query: ContactListQuery;
  org: string;
  owners: { id: string; name: string }[];
  locale: string;
};

/** The tracker as a filterable, sortable, paginated table (filters and sorting are links and a GET form). */
export function ContactsTable({ table, query, org, owners, locale }: Props) {
  const { t } = useTranslation("contacts");
  const { pathname, search } = useLocation();
  const sortHref = (key: string) => {
    const p = new URLSearchParams(search);
    const same = query.sort === key;
    p.set("sort", key);
    p.set("dir", same && query.dir === "asc" ? "desc" : "asc");
    p.delete("page");
    return `${pathname}?${p}`;
  };
  const ariaSort = (key: string) =>
    query.sort === key ? (query.dir === "asc" ? "ascending" : "descending") : undefined;
  return (
    <section aria-labelledby="table-title">
      <h2 id="table-title">{t("table.title", { count: table.total })}</h2>
      <Form method="get" className="filters" role="search">
        <input type="hidden" name="org" value={org} />
        <input type="hidden" name="view" value="table" />
        <div className="field">
          <label htmlFor="f-q">{t("table.search")}</label>
          <input id="f-q" name="q" type="search" defaultValue={query.q} />
        </div>
        <div className="field">
          <label htmlFor="f-stage">{t("fields.stage")}</label>
          <select id="f-stage" name="stage" defaultValue={query.stage ?? ""}>
            <option value="">{t("table.any")}</option>
            {stages.map((s) => (
              <option key={s} value={s}>
                {t(`stages.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-owner">{t("fields.owner")}</label>
          <select id="f-owner" name="owner" defaultValue={query.owner ?? ""}>
            <option value="">{t("table.any")}</option>
            {owners.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-source">{t("fields.source")}</label>
          <select id="f-source" name="source" defaultValue={query.source ?? ""}>
            <option value="">{t("table.any")}</option>
            {sources.map((s) => (
              <option key={s} value={s}>
                {t(`sources.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-tag">{t("fields.tag")}</label>
          <input id="f-tag" name="tag" type="text" defaultValue={query.tag ?? ""} />
        </div>
        <button type="submit" className="button button-secondary">
          {t("table.filter")}
        </button>
      </Form>
      {table.rows.length ? (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col" aria-sort={ariaSort("name")}>
                  <Link to={sortHref("name")}>{t("fields.name")}</Link>
                </th>
                <th scope="col" aria-sort={ariaSort("stage")}>
                  <Link to={sortHref("stage")}>{t("fields.stage")}</Link>
                </th>
                <th scope="col">{t("fields.owner")}</th>
                <th scope="col">{t("fields.nextStep")}</th>
                <th scope="col" aria-sort={ariaSort("due")}>
                  <Link to={sortHref("due")}>{t("fields.nextStepDue")}</Link>
                </th>
                <th scope="col">{t("fields.tags")}</th>
                <th scope="col" aria-sort={ariaSort("updated")}>
                  <Link to={sortHref("updated")}>{t("table.updated")}</Link>
                </th>
              </tr>
            </thead>
            <tbody>
              {table.rows.map((c) => (
                <tr key={c.id}>
                  <td>
                    <Link to={`/${locale}/contacts/${c.id}`}>{c.label}</Link>
                    {c.countryName ? <span className="muted"> · {c.countryName}</span> : null}
                  </td>
                  <td>{t(`stages.${c.stage}`)}</td>
                  <td>{c.owner ?? "—"}</td>
                  <td>{c.nextStep ?? "—"}</td>
                  <td>
                    {c.due ? (
                      <time dateTime={c.due} className={c.overdue ? "overdue" : undefined}>
                        {formatDate(dayDate(c.due), locale)}
                      </time>
                    ) : (
                      "—"
                    )}
                  </td>
                  <td>{c.tags.join(", ")}</td>
                  <td>{formatDate(c.updatedAt, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="muted">{t("table.empty")}</p>
      )}
      <Pagination page={query.page} pageCount={table.pageCount} />
    </section>
  );
}
