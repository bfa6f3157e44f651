import { type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx";
import { Pagination } from "#app/components/ui/pagination.tsx";
import { getViewer } from "#app/modules/access/viewer.server.ts";
import { searchPage } from "#app/modules/forum/forum-page.server.ts";
import { formatDate } from "#app/utils/format.ts";
import { routeLocale } from "#app/utils/i18n.server.ts";
import { localeNames, locales, type Locale } from "#app/utils/i18n.ts";
import { titleMeta } from "#app/utils/meta.ts";
import { addServerTiming } from "#app/utils/timing.server.ts";

export const handle = { i18n: ["forum"], cache: "public" };
export const meta = titleMeta;

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = routeLocale(params);
  const timed = (started: number) => addServerTiming(request, context, "search", started);
  return searchPage(await getViewer(request, context), new URL(request.url), locale, timed);
}

export default function ForumSearch() {
  const { t } = useTranslation("forum");
  const d = useLoaderData<typeof loader>();
  return (
    <div className="page">
      <nav aria-label={t("breadcrumb")} className="breadcrumb">
        <Link to={`/${d.locale}/forum`}>{t("title")}</Link>
      </nav>
      <h1>{t("search.title")}</h1>
      <Form method="get" role="search" className="filters">
        <div className="field">
          <label htmlFor="q">{t("search.label")}</label>
          <input id="q" name="q" type="search" defaultValue={d.query.q} />
        </div>
        <div className="field">
          <label htmlFor="category">{t("category")}</label>
          <select id="category" name="category" defaultValue={d.query.category ?? ""}>
            <option value="">{t("search.allCategories")}</option>
            {d.categories.map((c) => (
              <option key={c.slug} value={c.slug}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="language">{t("filterLanguage")}</label>
          <select id="language" name="language" defaultValue={d.query.language ?? ""}>
            <option value="">{t("allLanguages")}</option>
            {locales.map((l) => (
              <option key={l} value={l}>
                {localeNames[l]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          {t("search.submit")}
        </button>
      </Form>
      {d.query.q ? <h2 aria-live="polite">{t("search.count", { count: d.total })}</h2> : null}
      <ol className="search-results">
        {d.hits.map((h) => (
          <li key={h.postId}>
            <Link
              to={`/${d.locale}/forum/t/${h.topicNumber}-${h.slug}?post=${h.postNumber}#post-${h.postNumber}`}
              lang={h.language !== d.locale ? h.language : undefined}
            >
              {h.title}
            </Link>
            <p
              className="snippet"
              lang={h.language !== d.locale ? h.language : undefined}
              dangerouslySetInnerHTML={{ __html: h.snippet }}
            />
            <p className="muted small">
              {t("search.meta", {
                author: h.author ?? "—",
                number: h.postNumber,
                date: formatDate(h.createdAt, d.locale),
                language: localeNames[h.language as Locale] ?? h.language,
              })}
            </p>
          </li>
        ))}
      </ol>
      <Pagination page={d.query.page} pageCount={d.pageCount} />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
