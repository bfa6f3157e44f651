import { type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx";
import { getViewer } from "#app/modules/access/viewer.server.ts";
import { forumIndexPage } from "#app/modules/forum/forum-page.server.ts";
import { formatDate } from "#app/utils/format.ts";
import { routeLocale } from "#app/utils/i18n.server.ts";
import { titleMeta } from "#app/utils/meta.ts";

export const handle = { i18n: ["forum"], cache: "public" };
export const meta = titleMeta;

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = routeLocale(params);
  return forumIndexPage(await getViewer(request, context), locale);
}

export default function Forum() {
  const { t } = useTranslation("forum");
  const d = useLoaderData<typeof loader>();
  return (
    <div className="page">
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      <div className="actions">
        {d.signedIn ? (
          <Link className="button" to={`/${d.locale}/forum/new`}>
            {t("newTopic")}
          </Link>
        ) : null}
        <form method="get" action={`/${d.locale}/forum/search`} role="search" className="search-form">
          <label htmlFor="forum-q">{t("search.label")}</label>
          <input id="forum-q" name="q" type="search" />
          <button type="submit" className="button button-secondary">
            {t("search.submit")}
          </button>
        </form>
      </div>
      <div className="table-wrap">
        {/* On phones the rows reflow into cards (app.css .reflow-table); the explicit roles keep table semantics when the cells are blocks. */}
        <table className="category-table reflow-table" role="table">
          <caption className="visually-hidden">{t("categories")}</caption>
          <thead role="rowgroup">
            <tr role="row">
              <th scope="col" role="columnheader">
                {t("category")}
              </th>
              <th scope="col" role="columnheader">
                {t("topics")}
              </th>
              <th scope="col" role="columnheader">
                {t("latest")}
              </th>
            </tr>
          </thead>
          <tbody role="rowgroup">
            {d.categories.map((c) => (
              <tr key={c.id} role="row">
                <td role="cell">
                  <Link to={`/${d.locale}/forum/${c.slug}`} className="category-name">
                    {c.name}
                  </Link>
                  {c.visibility === "MEMBERS" ? <span className="badge">{t("membersOnly")}</span> : null}
                  <p className="muted small">{c.description}</p>
                </td>
                <td role="cell">{t("topicCount", { count: c.topics })}</td>
                <td role="cell" data-label={t("latest")}>
                  {c.lastNumber ? (
                    <>
                      <Link to={`/${d.locale}/forum/t/${c.lastNumber}-${c.lastSlug}`}>{c.lastTitle}</Link>
                      <p className="muted small">{formatDate(c.lastPostAt!, d.locale)}</p>
                    </>
                  ) : (
                    "—"
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
