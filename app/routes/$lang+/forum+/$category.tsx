import { type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx";
import { Pagination } from "#app/components/ui/pagination.tsx";
import { getViewer } from "#app/modules/access/viewer.server.ts";
import { categoryPage } from "#app/modules/forum/forum-page.server.ts";
import { formatDate } from "#app/utils/format.ts";
import { routeLocale } from "#app/utils/i18n.server.ts";
import { localeNames, locales, type Locale } from "#app/utils/i18n.ts";
import { titleMeta } from "#app/utils/meta.ts";
import { routeParam } from "#app/utils/params.server.ts";

export const handle = { i18n: ["forum"], cache: "public" };
export const meta = titleMeta;

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = routeLocale(params);
  return categoryPage(await getViewer(request, context), routeParam(params, "category"), new URL(request.url), locale);
}

export default function Category() {
  const { t } = useTranslation("forum");
  const d = useLoaderData<typeof loader>();
  return (
    <div className="page">
      <nav aria-label={t("breadcrumb")} className="breadcrumb">
        <Link to={`/${d.locale}/forum`}>{t("title")}</Link>
      </nav>
      <h1>{d.name}</h1>
      <p className="lead">{d.intro}</p>
      <div className="actions">
        {d.canPost ? (
          <Link className="button" to={`/${d.locale}/forum/new?category=${d.slug}`}>
            {t("newTopic")}
          </Link>
        ) : null}
        <a href={`/${d.locale}/forum/${d.slug}/feed`} type="application/atom+xml">
          {t("feed")}
        </a>
      </div>
      <Form method="get" className="filters">
        <div className="field">
          <label htmlFor="language">{t("filterLanguage")}</label>
          <select id="language" name="language" defaultValue={d.language}>
            <option value="">{t("allLanguages")}</option>
            {locales.map((l) => (
              <option key={l} value={l}>
                {localeNames[l]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button-secondary">
          {t("filter")}
        </button>
      </Form>
      <p>{t("topicCount", { count: d.total })}</p>
      {d.topics.length ? (
        <ul className="topic-list">
          {d.topics.map((topic) => (
            <li key={topic.id} className={topic.unread ? "unread" : undefined}>
              <Link
                to={`/${d.locale}/forum/t/${topic.number}-${topic.slug}`}
                lang={topic.language !== d.locale ? topic.language : undefined}
              >
                {topic.title}
              </Link>{" "}
              {topic.unread ? <span className="badge badge-new">{t("unread")}</span> : null}
              {topic.pinned ? <span className="badge">{t("topic.pinned")}</span> : null}
              {topic.solved ? <span className="badge badge-ok">{t("topic.solved")}</span> : null}
              {topic.locked ? <span className="badge">{t("topic.locked")}</span> : null}
              {topic.hiddenAt ? <span className="badge badge-warn">{t("topic.hidden")}</span> : null}
              <p className="muted small">
                {t("topicMeta", {
                  author: topic.author?.name ?? "—",
                  language: localeNames[topic.language as Locale] ?? topic.language,
                  count: topic.postCount,
                  date: formatDate(topic.lastPostAt, d.locale),
                })}
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t("noTopics")}</p>
      )}
      <Pagination page={d.page} pageCount={d.pageCount} />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
