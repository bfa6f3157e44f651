import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx";
import { getViewer, requireViewer } from "#app/modules/access/viewer.server.ts";
import { ProgressBar } from "#app/modules/learning/components/progress-bar.tsx";
import { modulePage, requireModule } from "#app/modules/learning/learning-page.server.ts";
import { issueCertificate } from "#app/modules/learning/learning.server.ts";
import type { ActionResult } from "#app/utils/action.server.ts";
import { routeLocale } from "#app/utils/i18n.server.ts";
import { localeNames, type Locale } from "#app/utils/i18n.ts";
import { titleMeta } from "#app/utils/meta.ts";

export const handle = { i18n: ["learning"], cache: "public" };
export const meta = titleMeta;

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = routeLocale(params);
  return modulePage(await getViewer(request, context), locale, params.module);
}

/** "Get certificate": issues it once the module is complete. */
export async function action({ request, params, context }: ActionFunctionArgs) {
  const locale = routeLocale(params);
  const { user } = await requireViewer(request, context);
  const certificate = await issueCertificate(user, requireModule(params.module).slug);
  if (!certificate) return { error: "notComplete" } satisfies ActionResult;
  return redirect(`/${locale}/certificates/${certificate.id}`);
}

export default function ModulePage() {
  const { t } = useTranslation("learning");
  const d = useLoaderData<typeof loader>();
  const base = `/${d.locale}/learn/${d.slug}`;
  const resume = d.progress ? d.progress.resumeLesson : d.lessons[0]?.slug;
  return (
    <div className="page">
      <p>
        <Link to={`/${d.locale}/learn`}>{t("catalogue.title")}</Link>
      </p>
      <h1 lang={d.text.lang}>{d.text.title}</h1>
      {d.text.fallback ? <p className="notice notice-info">{t("module.fallback")}</p> : null}
      <p className="lead" lang={d.text.lang}>
        {d.text.summary}
      </p>
      <p className="module-meta">
        {t(`levels.${d.level}`)} · {t("lesson.minutes", { count: d.minutes })} ·{" "}
        {t("catalogue.lessons", { count: d.lessons.length })} · {t("catalogue.languages")}:{" "}
        {d.languages.map((l) => localeNames[l as Locale]).join(", ")}
      </p>
      {d.progress?.complete ? (
        <section className="callout" aria-labelledby="done-title">
          <h2 id="done-title">{t("module.completeTitle")}</h2>
          {d.certificateId ? (
            <p>
              <Link to={`/${d.locale}/certificates/${d.certificateId}`}>{t("module.viewCertificate")}</Link>
            </p>
          ) : (
            <Form method="post">
              <button type="submit" className="button">
                {t("module.getCertificate")}
              </button>
            </Form>
          )}
        </section>
      ) : null}
      {d.progress ? (
        <>
          <ProgressBar completed={d.progress.completed} total={d.progress.total} />
          <p className="muted">
            {t("module.quizzes", {
              done: d.progress.quizzesPassed,
              count: d.progress.quizzesTotal,
              percent: d.passMark,
            })}
          </p>
        </>
      ) : null}
      {/* A finished module offers its certificate instead; its lessons stay listed below. */}
      {d.progress?.complete ? null : (
        <p>
          <a className="button" href={`${base}/${resume}`}>
            {d.progress?.started ? t("module.resume") : t("module.start")}
          </a>
        </p>
      )}
      <section aria-labelledby="outcomes-title">
        <h2 id="outcomes-title">{t("module.outcomes")}</h2>
        <ul lang={d.text.lang}>
          {d.text.outcomes.map((o) => (
            <li key={o}>{o}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="lessons-title">
        <h2 id="lessons-title">{t("module.lessons")}</h2>
        <ol className="lesson-list">
          {d.lessons.map((l) => (
            <li key={l.slug}>
              <a href={`${base}/${l.slug}`} lang={l.lang}>
                {l.title}
              </a>{" "}
              <span className="muted">· {t("lesson.minutes", { count: l.minutes })}</span>
              {d.signedIn ? <span className={`badge state-${l.state}`}>{t(`state.${l.state}`)}</span> : null}
              <p lang={l.lang}>{l.summary}</p>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
