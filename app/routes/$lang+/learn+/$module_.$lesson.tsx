import { type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { getMDXComponent } from "mdx-bundler/client/index.js";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx";
import { SignInButton } from "#app/components/sign-in-button.tsx";
import { getViewer, requireViewer } from "#app/modules/access/viewer.server.ts";
import {
  LessonContext,
  SIGN_IN_FORM_ID,
  lessonComponents,
} from "#app/modules/learning/components/lesson-components.tsx";
import { lessonActions } from "#app/modules/learning/learning-actions.server.ts";
import { findLesson, lessonView } from "#app/modules/learning/learning-page.server.ts";
import { dispatchIntent } from "#app/utils/action.server.ts";
import { routeLocale } from "#app/utils/i18n.server.ts";
import { localeNames, type Locale } from "#app/utils/i18n.ts";
import { titleMeta } from "#app/utils/meta.ts";

// Lessons are precompiled MDX evaluated with `new Function`: this page (only
// this one) gets 'unsafe-eval' in its CSP (server/page-cache.js).
export const handle = { i18n: ["learning"], csp: "mdx", cache: "public" };
export const meta = titleMeta;

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = routeLocale(params);
  return lessonView(await getViewer(request, context), locale, params.module, params.lesson);
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const locale = routeLocale(params);
  const { user } = await requireViewer(request, context);
  return dispatchIntent(request, lessonActions, { ...findLesson(locale, params.module, params.lesson), user, locale });
}

// Building a component from code is an eval; each lesson's is built once per process (and once per page in the browser).
const components = new Map<string, ReturnType<typeof getMDXComponent>>();
function lessonComponent(code: string) {
  let component = components.get(code);
  if (!component) {
    component = getMDXComponent(code);
    if (components.size > 500) components.clear();
    components.set(code, component);
  }
  return component;
}

export default function LessonPage() {
  const { t } = useTranslation("learning");
  const d = useLoaderData<typeof loader>();
  const Component = useMemo(() => lessonComponent(d.code), [d.code]);
  const base = `/${d.locale}/learn/${d.module.slug}`;
  return (
    <div className="lesson-layout">
      <nav className="lesson-nav" aria-label={t("lesson.navLabel")}>
        <p>
          <Link to={base} lang={d.module.lang}>
            {d.module.title}
          </Link>
        </p>
        <ol>
          {d.lessons.map((l) => (
            <li key={l.slug} className={l.state ? `is-${l.state}` : undefined}>
              <a href={`${base}/${l.slug}`} aria-current={l.slug === d.lesson.slug ? "page" : undefined} lang={l.lang}>
                {l.title}
              </a>
              {l.state ? <span className="visually-hidden"> ({t(`state.${l.state}`)})</span> : null}
            </li>
          ))}
        </ol>
      </nav>
      <article className="lesson prose" lang={d.contentLocale}>
        <p className="eyebrow">
          {t("lesson.position", { number: d.lesson.number, count: d.lesson.count })} ·{" "}
          {t("lesson.minutes", { count: d.lesson.duration })}
        </p>
        <h1>{d.lesson.title}</h1>
        {d.fallback ? (
          <p className="notice notice-info" lang={d.locale}>
            {t("lesson.fallback", { language: localeNames.en })}{" "}
            {d.available.length
              ? t("lesson.availableIn", { languages: d.available.map((l) => localeNames[l as Locale]).join(", ") })
              : null}
          </p>
        ) : null}
        <p className="lead">{d.lesson.summary}</p>
        <LessonContext.Provider value={{ locale: d.locale, signedIn: d.signedIn, ...d.widgets }}>
          {/* The lesson is a component built from precompiled code, memoised per lesson (mdx-bundler's documented use). */}
          {/* eslint-disable-next-line react-hooks/static-components */}
          <Component components={lessonComponents} />
        </LessonContext.Provider>
        <section id="complete" className="lesson-complete" aria-label={t("lesson.completeLabel")}>
          {d.completed ? (
            <p className="notice">{t("lesson.completed")}</p>
          ) : d.signedIn ? (
            <Form method="post" preventScrollReset>
              <input type="hidden" name="intent" value="complete" />
              <button type="submit" className="button">
                {t("lesson.markComplete")}
              </button>
            </Form>
          ) : (
            <SignInButton locale={d.locale} id={SIGN_IN_FORM_ID}>
              {t("lesson.signInToSave")}
            </SignInButton>
          )}
        </section>
        <nav className="lesson-pager" aria-label={t("lesson.pager")}>
          {d.prev ? (
            <a href={`${base}/${d.prev.slug}`} rel="prev">
              ← <span lang={d.prev.lang}>{d.prev.title}</span>
            </a>
          ) : (
            <span />
          )}
          {d.next ? (
            <a href={`${base}/${d.next.slug}`} rel="next">
              <span lang={d.next.lang}>{d.next.title}</span> →
            </a>
          ) : (
            <Link to={base}>{t("lesson.backToModule")}</Link>
          )}
        </nav>
      </article>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
