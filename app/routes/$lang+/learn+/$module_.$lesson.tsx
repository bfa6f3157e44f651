import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { getMDXComponent } from "mdx-bundler/client/index.js";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx";
import { SignInButton } from "#app/components/sign-in-button.tsx";
import { findModule, lessonVersion, moduleText } from "#app/modules/learning/catalogue.server.ts";
import { LessonContext, SIGN_IN_FORM_ID, lessonComponents } from "#app/modules/learning/components/lesson-components.tsx";
import { LessonActionSchema } from "#app/modules/learning/learning.schema.ts";
import { answerQuiz, completeLesson, lessonPage, saveReflection, setChecklist } from "#app/modules/learning/learning.server.ts";
import { lessonWidgets } from "#app/modules/learning/lesson-view.server.ts";
import { getUser, requireUser } from "#app/utils/auth.server.ts";
import { readForm } from "#app/utils/form.server.ts";
import { routeLocale } from "#app/utils/i18n.server.ts";
import { langIfOther, localeNames, type Locale } from "#app/utils/i18n.ts";
import { titleMeta } from "#app/utils/meta.ts";
import { notFound } from "#app/utils/permissions.server.ts";

// Lessons are precompiled MDX evaluated with `new Function`: this page (only
// this one) gets 'unsafe-eval' in its CSP (server/page-cache.js).
export const handle = { i18n: ["learning"], csp: "mdx", cache: "public" };
export const meta = titleMeta;

function lookup(params: { module?: string; lesson?: string }, locale: Locale) {
  const mod = findModule(params.module ?? "");
  const index = mod?.lessons.findIndex((l) => l.slug === params.lesson) ?? -1;
  if (!mod || index < 0) throw notFound();
  return { mod, index, lesson: mod.lessons[index], ...lessonVersion(mod.lessons[index], locale) };
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = routeLocale(params);
  const { mod, index, lesson, version, fallback, available } = lookup(params, locale);
  const user = await getUser(request, context);
  let state = null;
  let lessonStates: Record<string, "completed" | "started"> = {};
  if (user) {
    const page = await lessonPage(user.id, mod, lesson.slug);
    state = page.state;
    const f = page.facts;
    lessonStates = Object.fromEntries(mod.lessons.map((l) => [l.slug, f.completedLessons.has(l.slug) ? "completed" : f.startedLessons.has(l.slug) ? "started" : null]).filter(([, v]) => v));
  }
  const listed = (l: (typeof mod.lessons)[number]) => {
    const v = lessonVersion(l, locale);
    return { slug: l.slug, title: v.version.title, lang: langIfOther(v.locale, locale) };
  };
  const neighbour = (i: number) => (mod.lessons[i] ? listed(mod.lessons[i]) : null);
  const text = moduleText(mod, locale);
  return {
    title: version.title,
    titleLang: fallback ? "en" : undefined,
    description: version.summary,
    locale,
    module: { slug: mod.slug, title: text.title, lang: langIfOther(text.locale, locale) },
    lesson: { slug: lesson.slug, number: index + 1, count: mod.lessons.length, title: version.title, summary: version.summary, duration: version.duration },
    contentLocale: version === lesson.versions[locale] ? locale : "en",
    fallback,
    available: available.filter((l) => l !== locale),
    code: version.code,
    completed: !!state?.completed,
    signedIn: !!user,
    widgets: lessonWidgets(version, state, locale),
    lessons: mod.lessons.map((l) => ({ ...listed(l), state: lessonStates[l.slug] ?? null })),
    prev: neighbour(index - 1),
    next: neighbour(index + 1),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const locale = routeLocale(params);
  const user = await requireUser(request, context);
  const { mod, lesson, version } = lookup(params, locale);
  const submission = parseWithZod(await readForm(request), { schema: LessonActionSchema });
  if (submission.status !== "success") {
    return data({ errors: submission.error ?? {} }, { status: 400 });
  }
  const v = submission.value;
  const back = `/${locale}/learn/${mod.slug}/${lesson.slug}`;
  switch (v.intent) {
    case "complete":
      await completeLesson(user.id, mod.slug, lesson.slug);
      return redirect(`${back}#complete`);
    case "quiz":
      if (!(v.quizId in version.quizzes)) throw notFound();
      await answerQuiz({ userId: user.id, mod, lessonSlug: lesson.slug, version, quizId: v.quizId, selected: v.option });
      return redirect(`${back}#quiz-${v.quizId}`);
    case "reflection":
      if (!(v.promptId in version.reflections)) throw notFound();
      await saveReflection(user.id, mod.slug, lesson.slug, v.promptId, v.text);
      return { ok: true };
    case "checklist": {
      const list = version.checklists[v.checklistId];
      if (!list) throw notFound();
      await setChecklist(user.id, mod.slug, lesson.slug, v.checklistId, v.item, list.items.map((i) => i.id));
      return { ok: true };
    }
  }
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
        <p className="eyebrow">{t("lesson.position", { number: d.lesson.number, count: d.lesson.count })} · {t("lesson.minutes", { count: d.lesson.duration })}</p>
        <h1>{d.lesson.title}</h1>
        {d.fallback ? (
          <p className="notice notice-info" lang={d.locale}>
            {t("lesson.fallback", { language: localeNames.en })}{" "}
            {d.available.length ? t("lesson.availableIn", { languages: d.available.map((l) => localeNames[l as Locale]).join(", ") }) : null}
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
              <button type="submit" className="button">{t("lesson.markComplete")}</button>
            </Form>
          ) : (
            <SignInButton locale={d.locale} id={SIGN_IN_FORM_ID}>
              {t("lesson.signInToSave")}
            </SignInButton>
          )}
        </section>
        <nav className="lesson-pager" aria-label={t("lesson.pager")}>
          {d.prev ? <a href={`${base}/${d.prev.slug}`} rel="prev">← <span lang={d.prev.lang}>{d.prev.title}</span></a> : <span />}
          {d.next ? <a href={`${base}/${d.next.slug}`} rel="next"><span lang={d.next.lang}>{d.next.title}</span> →</a> : <Link to={base}>{t("lesson.backToModule")}</Link>}
        </nav>
      </article>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
