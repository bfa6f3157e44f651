import { type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx";
import { getCatalogue, lessonVersion, moduleLocales, moduleText, totalDuration } from "#app/modules/learning/catalogue.server.ts";
import type { CatalogueLesson, CatalogueModule } from "#app/modules/learning/content.schema.ts";
import { ProgressBar } from "#app/modules/learning/components/progress-bar.tsx";
import { levels, tags } from "#app/modules/learning/content.schema.ts";
import { CatalogueQuerySchema } from "#app/modules/learning/learning.schema.ts";
import { lastLesson, progressFacts } from "#app/modules/learning/learning.server.ts";
import { emptyFacts, moduleProgress } from "#app/modules/learning/progress.ts";
import { getUser } from "#app/utils/auth.server.ts";
import { getFixedT, routeLocale } from "#app/utils/i18n.server.ts";
import { langIfOther, localeNames, type Locale } from "#app/utils/i18n.ts";
import { titleMeta } from "#app/utils/meta.ts";

export const handle = { i18n: ["learning"], cache: "public" };
export const meta = titleMeta;

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = routeLocale(params);
  const { tag, level } = CatalogueQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const user = await getUser(request, context);
  const [facts, last] = user ? await Promise.all([progressFacts(user.id), lastLesson(user.id)]) : [null, null];
  const modules = getCatalogue().modules.filter((m) => (!tag || m.tags.includes(tag as never)) && (!level || m.level === level));
  const t = getFixedT(locale, "learning");
  const resumeModule = last ? getCatalogue().modules.find((m) => m.slug === last.moduleSlug) : undefined;
  const resumeLesson = resumeModule?.lessons.find((l) => l.slug === last?.lessonSlug);
  return {
    title: t("catalogue.title"),
    description: t("catalogue.intro"),
    locale,
    tag,
    level,
    resume:
      resumeModule && resumeLesson
        ? resumeView(locale, resumeModule, resumeLesson)
        : null,
    modules: modules.map((m) => {
      const text = moduleText(m, locale);
      const p = facts ? moduleProgress(m, facts.get(m.slug) ?? emptyFacts()) : null;
      return {
        slug: m.slug,
        title: text.title,
        summary: text.summary,
        fallback: text.fallback,
        lang: langIfOther(text.locale, locale),
        level: m.level,
        tags: m.tags,
        minutes: totalDuration(m, locale),
        lessons: m.lessons.length,
        languages: moduleLocales(m),
        progress: p ? { completed: p.completed, total: p.total, complete: p.complete } : null,
      };
    }),
  };
}

function resumeView(locale: Locale, mod: CatalogueModule, lesson: CatalogueLesson) {
  const text = moduleText(mod, locale);
  const v = lessonVersion(lesson, locale);
  return {
    href: `/${locale}/learn/${mod.slug}/${lesson.slug}`,
    module: text.title,
    moduleLang: langIfOther(text.locale, locale),
    lesson: v.version.title,
    lessonLang: langIfOther(v.locale, locale),
  };
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
            <a href={d.resume.href} lang={d.resume.lessonLang}>{d.resume.lesson}</a> <span className="muted">· <span lang={d.resume.moduleLang}>{d.resume.module}</span></span>
          </p>
        </section>
      ) : null}
      <Form method="get" className="filters" aria-label={t("catalogue.filters")}>
        <div className="field">
          <label htmlFor="tag">{t("catalogue.topic")}</label>
          <select id="tag" name="tag" defaultValue={d.tag}>
            <option value="">{t("catalogue.all")}</option>
            {tags.map((tag) => <option key={tag} value={tag}>{t(`tags.${tag}`)}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="level">{t("catalogue.level")}</label>
          <select id="level" name="level" defaultValue={d.level}>
            <option value="">{t("catalogue.all")}</option>
            {levels.map((l) => <option key={l} value={l}>{t(`levels.${l}`)}</option>)}
          </select>
        </div>
        <button type="submit" className="button button-secondary">{t("catalogue.apply")}</button>
      </Form>
      <p aria-live="polite">{t("catalogue.count", { count: d.modules.length })}</p>
      <ul className="module-list">
        {d.modules.map((m) => (
          <li key={m.slug} className="card module-card">
            <h2>
              <Link to={`/${d.locale}/learn/${m.slug}`} lang={m.lang}>{m.title}</Link>
            </h2>
            <p className="module-meta">
              {t(`levels.${m.level}`)} · {t("lesson.minutes", { count: m.minutes })} · {t("catalogue.lessons", { count: m.lessons })}
            </p>
            <p lang={m.lang}>{m.summary}</p>
            <p className="muted">
              {t("catalogue.languages")}: {m.languages.map((l) => localeNames[l as Locale]).join(", ")}
            </p>
            <p className="tag-list">{m.tags.map((tag) => <span key={tag} className="badge">{t(`tags.${tag}`)}</span>)}</p>
            {m.progress ? (m.progress.complete ? <p className="badge badge-ok">{t("state.moduleComplete")}</p> : <ProgressBar completed={m.progress.completed} total={m.progress.total} />) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
