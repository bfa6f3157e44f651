import { type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx";
import { getViewer } from "#app/modules/access/viewer.server.ts";
import { ProgressBar } from "#app/modules/learning/components/progress-bar.tsx";
import { levels, tags } from "#app/modules/learning/content.schema.ts";
import { cataloguePage } from "#app/modules/learning/learning-page.server.ts";
import { routeLocale } from "#app/utils/i18n.server.ts";
import { localeNames, type Locale } from "#app/utils/i18n.ts";
import { titleMeta } from "#app/utils/meta.ts";

export const handle = { i18n: ["learning"], cache: "public" };
export const meta = titleMeta;

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = routeLocale(params);
  return cataloguePage(await getViewer(request, context), locale, new URL(request.url));
}

export default function Catalogue() {
  const { t } = useTranslation("learning");
  const d = useLoaderData<typeof loader>();
  return (
    <div className="page">
      <h1>{t("catalogue.title")}</h1>
      <p className="lead">{t("catalogue.intro")}</p>
      {d.resume ? (
        <section className="callout" aria-labelledby="resume-title">
          <h2 id="resume-title">{t("catalogue.resume")}</h2>
          <p>
            <a href={d.resume.href} lang={d.resume.lessonLang}>
              {d.resume.lesson}
            </a>{" "}
            <span className="muted">
              · <span lang={d.resume.moduleLang}>{d.resume.module}</span>
            </span>
          </p>
        </section>
      ) : null}
      <Form method="get" className="filters" aria-label={t("catalogue.filters")}>
        <div className="field">
          <label htmlFor="tag">{t("catalogue.topic")}</label>
          <select id="tag" name="tag" defaultValue={d.tag}>
            <option value="">{t("catalogue.all")}</option>
            {tags.map((tag) => (
              <option key={tag} value={tag}>
                {t(`tags.${tag}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="level">{t("catalogue.level")}</label>
          <select id="level" name="level" defaultValue={d.level}>
            <option value="">{t("catalogue.all")}</option>
            {levels.map((l) => (
              <option key={l} value={l}>
                {t(`levels.${l}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button-secondary">
          {t("catalogue.apply")}
        </button>
      </Form>
      <p aria-live="polite">{t("catalogue.count", { count: d.modules.length })}</p>
      <ul className="module-list">
        {d.modules.map((m) => (
          <li key={m.slug} className="card module-card">
            <h2>
              <Link to={`/${d.locale}/learn/${m.slug}`} lang={m.lang}>
                {m.title}
              </Link>
            </h2>
            <p className="module-meta">
              {t(`levels.${m.level}`)} · {t("lesson.minutes", { count: m.minutes })} ·{" "}
              {t("catalogue.lessons", { count: m.lessons })}
            </p>
            <p lang={m.lang}>{m.summary}</p>
            <p className="muted">
              {t("catalogue.languages")}: {m.languages.map((l) => localeNames[l as Locale]).join(", ")}
            </p>
            <p className="tag-list">
              {m.tags.map((tag) => (
                <span key={tag} className="badge">
                  {t(`tags.${tag}`)}
                </span>
              ))}
            </p>
            {m.progress ? (
              m.progress.complete ? (
                <p className="badge badge-ok">{t("state.moduleComplete")}</p>
              ) : (
                <ProgressBar completed={m.progress.completed} total={m.progress.total} />
              )
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
