import { notFound, type Viewer } from "#app/modules/access/access.server.ts";
import { formatDate } from "#app/utils/format.ts";
import { getFixedT } from "#app/utils/i18n.server.ts";
import { langIfOther, type Locale } from "#app/utils/i18n.ts";
import {
  findModule,
  getCatalogue,
  lessonVersion,
  moduleLocales,
  moduleText,
  totalDuration,
} from "./catalogue.server.ts";
import type { CatalogueLesson, CatalogueModule } from "./content.schema.ts";
import { CatalogueQuerySchema } from "./learning.schema.ts";
import {
  activeCertificate,
  getCertificate,
  lastLesson,
  lessonPage,
  progressFacts,
  progressForModule,
} from "./learning.server.ts";
import { lessonWidgets } from "./lesson-view.server.ts";
import { emptyFacts, moduleProgress, type ProgressFacts } from "./progress.ts";

// View models of the learning pages: one function per page, called by its loader.

type LessonState = "completed" | "started";
const stateOf = (facts: ProgressFacts | undefined, slug: string): LessonState | null =>
  facts?.completedLessons.has(slug) ? "completed" : facts?.startedLessons.has(slug) ? "started" : null;

/** The catalogue, filtered by `?tag=` and `?level=`, with the viewer's progress and the lesson to resume. */
export async function cataloguePage(viewer: Viewer, locale: Locale, url: URL) {
  const { tag, level } = CatalogueQuerySchema.parse(Object.fromEntries(url.searchParams));
  const user = viewer.user;
  const [facts, last] = user ? await Promise.all([progressFacts(user.id), lastLesson(user.id)]) : [null, null];
  const modules = getCatalogue().modules.filter(
    (m) => (!tag || m.tags.includes(tag as never)) && (!level || m.level === level),
  );
  const t = getFixedT(locale, "learning");
  const resumeModule = last ? getCatalogue().modules.find((m) => m.slug === last.moduleSlug) : undefined;
  const resumeLesson = resumeModule?.lessons.find((l) => l.slug === last?.lessonSlug);
  return {
    title: t("catalogue.title"),
    description: t("catalogue.intro"),
    locale,
    tag,
    level,
    resume: resumeModule && resumeLesson ? resumeView(locale, resumeModule, resumeLesson) : null,
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

/** A module of the catalogue or the translated 404. */
export function requireModule(slug: string | undefined): CatalogueModule {
  const mod = findModule(slug ?? "");
  if (!mod) throw notFound();
  return mod;
}

/** A module's page: its texts, lessons and, for a signed-in viewer, progress and certificate. */
export async function modulePage(viewer: Viewer, locale: Locale, slug: string | undefined) {
  const mod = requireModule(slug);
  const user = viewer.user;
  const [progress, certificate] = user
    ? await Promise.all([progressForModule(user.id, mod), activeCertificate(user.id, mod.slug)])
    : [null, null];
  const text = moduleText(mod, locale);
  return {
    title: text.title,
    titleLang: langIfOther(text.locale, locale),
    description: text.summary,
    locale,
    slug: mod.slug,
    text: { ...text, lang: langIfOther(text.locale, locale) },
    level: mod.level,
    minutes: totalDuration(mod, locale),
    passMark: Math.round(mod.passMark * 100),
    languages: moduleLocales(mod),
    signedIn: !!user,
    progress: progress?.progress ?? null,
    certificateId: certificate?.id ?? null,
    lessons: mod.lessons.map((l) => {
      const v = lessonVersion(l, locale);
      return {
        slug: l.slug,
        title: v.version.title,
        summary: v.version.summary,
        minutes: v.version.duration,
        fallback: v.fallback,
        lang: langIfOther(v.locale, locale),
        state: stateOf(progress?.facts, l.slug) ?? "notStarted",
      };
    }),
  };
}

/** A lesson of a module in `locale` (else English), or the translated 404. */
export function findLesson(locale: Locale, moduleSlug: string | undefined, lessonSlug: string | undefined) {
  const mod = requireModule(moduleSlug);
  const index = mod.lessons.findIndex((l) => l.slug === lessonSlug);
  const lesson = mod.lessons[index];
  if (!lesson) throw notFound();
  return { mod, index, lesson, ...lessonVersion(lesson, locale) };
}

/** A lesson's page: its compiled code, the widgets with the viewer's saved answers, and the module's lesson list. */
export async function lessonView(
  viewer: Viewer,
  locale: Locale,
  moduleSlug: string | undefined,
  lessonSlug: string | undefined,
) {
  const { mod, index, lesson, version, fallback, available } = findLesson(locale, moduleSlug, lessonSlug);
  const user = viewer.user;
  const page = user ? await lessonPage(user.id, mod, lesson.slug) : null;
  const listed = (l: CatalogueLesson) => {
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
    lesson: {
      slug: lesson.slug,
      number: index + 1,
      count: mod.lessons.length,
      title: version.title,
      summary: version.summary,
      duration: version.duration,
    },
    contentLocale: version === lesson.versions[locale] ? locale : "en",
    fallback,
    available: available.filter((l) => l !== locale),
    code: version.code,
    completed: !!page?.state.completed,
    signedIn: !!user,
    widgets: lessonWidgets(version, page?.state ?? null, locale),
    lessons: mod.lessons.map((l) => ({ ...listed(l), state: stateOf(page?.facts, l.slug) })),
    prev: neighbour(index - 1),
    next: neighbour(index + 1),
  };
}

/** A certificate's public page (anyone with the URL can verify it); the holder may revoke it. */
export async function certificatePage(viewer: Viewer, locale: Locale, id: string, url: string) {
  const cert = await getCertificate(id);
  const mod = cert ? findModule(cert.moduleSlug) : undefined;
  if (!cert || !mod) throw notFound();
  return {
    title: getFixedT(locale, "learning")("certificate.title"),
    locale,
    id: cert.id,
    holder: cert.holderName,
    module: moduleText(mod, locale).title,
    moduleSlug: mod.slug,
    issued: formatDate(cert.issuedAt, locale),
    revoked: cert.revokedAt ? formatDate(cert.revokedAt, locale) : null,
    isHolder: viewer.user?.id === cert.userId,
    url,
  };
}
