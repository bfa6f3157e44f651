import { randomBytes } from "node:crypto";
import { Prisma } from "#app/generated/prisma/client.ts";
import { z } from "zod";
import { db, jsonColumn, queryRows } from "#app/utils/db.server.ts";
import { findModule } from "./catalogue.server.ts";
import type { CatalogueModule, LessonVersion } from "./content.schema.ts";
import { emptyFacts, gradeQuiz, moduleProgress, type ProgressFacts } from "./progress.ts";

type LessonRow = { lessonSlug: string; completedAt: Date | string | null };
type QuizRow = { lessonSlug: string; quizId: string };

/** Groups lesson-progress rows and passed-quiz rows into progress facts, one set per key. */
function collectFacts<L extends LessonRow, Q extends QuizRow, K>(
  lessons: L[],
  passedQuizzes: Q[],
  keyOf: (row: L | Q) => K,
): Map<K, ProgressFacts> {
  const facts = new Map<K, ProgressFacts>();
  const get = (row: L | Q) => {
    const key = keyOf(row);
    let f = facts.get(key);
    if (!f) facts.set(key, (f = emptyFacts()));
    return f;
  };
  for (const l of lessons) {
    get(l).startedLessons.add(l.lessonSlug);
    if (l.completedAt) get(l).completedLessons.add(l.lessonSlug);
  }
  for (const q of passedQuizzes) get(q).passedQuizzes.add(`${q.lessonSlug}/${q.quizId}`);
  return facts;
}

/** Progress facts of one user, per module slug. */
export async function progressFacts(userId: string, moduleSlug?: string): Promise<Map<string, ProgressFacts>> {
  const where = { userId, ...(moduleSlug ? { moduleSlug } : {}) };
  const [lessons, quizzes] = await Promise.all([
    db.lessonProgress.findMany({ where, select: { moduleSlug: true, lessonSlug: true, completedAt: true } }),
    db.quizAnswer.findMany({
      where: { ...where, passed: true },
      select: { moduleSlug: true, lessonSlug: true, quizId: true },
    }),
  ]);
  return collectFacts(lessons, quizzes, (row) => row.moduleSlug);
}

/** Two clicks at once race on the unique key: the loser retries once and then finds the row. */
async function onceOnConflict<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") return fn();
    throw e;
  }
}

export async function progressForModule(userId: string, mod: CatalogueModule) {
  const facts = (await progressFacts(userId, mod.slug)).get(mod.slug) ?? emptyFacts();
  return { facts, progress: moduleProgress(mod, facts) };
}

/** The lesson a user touched last (for "continue where you left off"). */
export function lastLesson(userId: string) {
  return db.lessonProgress.findFirst({
    where: { userId },
    orderBy: { updatedAt: "desc" },
    select: { moduleSlug: true, lessonSlug: true },
  });
}

/** Records that a lesson was opened (idempotent; keeps the first start). */
export async function markLessonStarted(userId: string, moduleSlug: string, lessonSlug: string) {
  await onceOnConflict(() =>
    db.lessonProgress.upsert({
      where: { userId_moduleSlug_lessonSlug: { userId, moduleSlug, lessonSlug } },
      create: { userId, moduleSlug, lessonSlug },
      update: { updatedAt: new Date() },
    }),
  );
}

/** Marks a lesson complete; a second click changes nothing (the first completion time stays). */
export async function completeLesson(userId: string, moduleSlug: string, lessonSlug: string) {
  const now = new Date();
  await onceOnConflict(() =>
    db.lessonProgress.upsert({
      where: { userId_moduleSlug_lessonSlug: { userId, moduleSlug, lessonSlug } },
      create: { userId, moduleSlug, lessonSlug, completedAt: now },
      update: { updatedAt: now },
    }),
  );
  await db.lessonProgress.updateMany({
    where: { userId, moduleSlug, lessonSlug, completedAt: null },
    data: { completedAt: now },
  });
}

/** Grades and stores the latest answer to a quiz. */
export async function answerQuiz(opts: {
  userId: string;
  mod: CatalogueModule;
  lessonSlug: string;
  version: LessonVersion;
  quizId: string;
  selected: number[];
}) {
  const quiz = opts.version.quizzes[opts.quizId];
  if (!quiz) return null;
  const score = gradeQuiz(quiz, opts.selected);
  const passed = score >= opts.mod.passMark;
  const selected = [...new Set(opts.selected)].sort((a, b) => a - b).join(",");
  const key = { userId: opts.userId, moduleSlug: opts.mod.slug, lessonSlug: opts.lessonSlug, quizId: opts.quizId };
  await onceOnConflict(() =>
    db.quizAnswer.upsert({
      where: { userId_moduleSlug_lessonSlug_quizId: key },
      create: { ...key, selected, score, passed },
      update: { selected, score, passed, attempts: { increment: 1 } },
    }),
  );
  // Answering a quiz counts as working on the lesson.
  await markLessonStarted(opts.userId, opts.mod.slug, opts.lessonSlug);
  return { score, passed };
}

export async function saveReflection(
  userId: string,
  moduleSlug: string,
  lessonSlug: string,
  promptId: string,
  text: string,
) {
  const key = { userId, moduleSlug, lessonSlug, promptId };
  await onceOnConflict(() =>
    db.reflectionAnswer.upsert({
      where: { userId_moduleSlug_lessonSlug_promptId: key },
      create: { ...key, text },
      update: { text },
    }),
  );
}

/** Sets a checklist's ticked items to exactly `itemIds` (unknown ids are ignored). */
export async function setChecklist(
  userId: string,
  moduleSlug: string,
  lessonSlug: string,
  checklistId: string,
  itemIds: string[],
  known: string[],
) {
  const keep = itemIds.filter((i) => known.includes(i));
  const where = { userId, moduleSlug, lessonSlug, checklistId };
  await db.$transaction([
    db.checklistTick.deleteMany({ where: { ...where, itemId: { notIn: keep } } }),
    db.checklistTick.createMany({ data: keep.map((itemId) => ({ ...where, itemId })), skipDuplicates: true }),
  ]);
}

/** The lesson page's one row: four json arrays (null when empty), checked against the columns they are built from. */
const LessonPageRow = z.object({
  page: jsonColumn(
    z.object({
      lessons: z.array(z.object({ lessonSlug: z.string(), completedAt: z.string().nullable() })).nullable(),
      quizzes: z
        .array(
          z.object({
            lessonSlug: z.string(),
            quizId: z.string(),
            selected: z.string(),
            score: z.number(),
            passed: z.boolean(),
            attempts: z.number().int(),
          }),
        )
        .nullable(),
      reflections: z.array(z.object({ promptId: z.string(), text: z.string() })).nullable(),
      ticks: z.array(z.object({ checklistId: z.string(), itemId: z.string() })).nullable(),
    }),
  ),
});

const LESSON_PAGE_SQL = `
  select json_build_object(
    'lessons', (select json_agg(json_build_object('lessonSlug', "lessonSlug", 'completedAt', "completedAt"))
                from "LessonProgress" where "userId" = $1 and "moduleSlug" = $2),
    'quizzes', (select json_agg(json_build_object('lessonSlug', "lessonSlug", 'quizId', "quizId", 'selected', "selected",
                                                  'score', "score", 'passed', "passed", 'attempts', "attempts"))
                from "QuizAnswer" where "userId" = $1 and "moduleSlug" = $2),
    'reflections', (select json_agg(json_build_object('promptId', "promptId", 'text', "text"))
                    from "ReflectionAnswer" where "userId" = $1 and "moduleSlug" = $2 and "lessonSlug" = $3),
    'ticks', (select json_agg(json_build_object('checklistId', "checklistId", 'itemId', "itemId"))
              from "ChecklistTick" where "userId" = $1 and "moduleSlug" = $2 and "lessonSlug" = $3)
  ) as page`;

/**
 * What the lesson page needs in one query: the module's
 * progress facts and everything saved in this lesson. Opening a lesson for
 * the first time records it as started; later views write nothing.
 */
export async function lessonPage(userId: string, mod: CatalogueModule, lessonSlug: string) {
  const moduleSlug = mod.slug;
  // One round trip instead of four: on PGlite each query costs far more than the rows it returns.
  const [row] = await queryRows(LessonPageRow, LESSON_PAGE_SQL, [userId, moduleSlug, lessonSlug]);
  if (!row) throw new Error("the lesson page query returned no row");
  const rows = row.page;
  const lessons = rows.lessons ?? [];
  const quizzes = rows.quizzes ?? [];
  const reflections = rows.reflections ?? [];
  const ticks = rows.ticks ?? [];
  const facts =
    collectFacts(
      lessons,
      quizzes.filter((q) => q.passed),
      () => moduleSlug,
    ).get(moduleSlug) ?? emptyFacts();
  if (!facts.startedLessons.has(lessonSlug)) {
    await db.lessonProgress.createMany({ data: [{ userId, moduleSlug, lessonSlug }], skipDuplicates: true });
    facts.startedLessons.add(lessonSlug);
  }
  const here = quizzes.filter((q) => q.lessonSlug === lessonSlug);
  return {
    facts,
    state: {
      completed: facts.completedLessons.has(lessonSlug),
      quizzes: Object.fromEntries(
        here.map((q) => [
          q.quizId,
          {
            selected: q.selected ? q.selected.split(",").map(Number) : [],
            score: q.score,
            passed: q.passed,
            attempts: q.attempts,
          },
        ]),
      ),
      reflections: Object.fromEntries(reflections.map((r) => [r.promptId, r.text])),
      ticks: ticks.map((t) => `${t.checklistId}/${t.itemId}`),
    },
  };
}

/**
 * Issues the certificate for a completed module, or returns the active one.
 * Null when the module is not complete.
 */
export async function issueCertificate(user: { id: string; name: string }, moduleSlug: string) {
  const mod = findModule(moduleSlug);
  if (!mod) return null;
  const { progress } = await progressForModule(user.id, mod);
  if (!progress.complete) return null;
  const existing = await db.certificate.findFirst({ where: { userId: user.id, moduleSlug, revokedAt: null } });
  if (existing) return existing;
  return db.certificate.create({
    data: { id: randomBytes(10).toString("hex"), userId: user.id, moduleSlug, holderName: user.name },
  });
}

export function activeCertificate(userId: string, moduleSlug: string) {
  return db.certificate.findFirst({ where: { userId, moduleSlug, revokedAt: null } });
}

export function getCertificate(id: string) {
  if (!/^[0-9a-f]{20}$/.test(id)) return Promise.resolve(null);
  return db.certificate.findUnique({ where: { id } });
}

/** Only the holder can revoke; returns false for anyone else. */
export async function revokeCertificate(id: string, userId: string) {
  const { count } = await db.certificate.updateMany({
    where: { id, userId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  return count === 1;
}

/**
 * Per module: how many members of an organisation started and completed it,
 * and each member's percentage. The caller has checked that the viewer may see it.
 */
export async function organisationReport(orgId: string, modules: CatalogueModule[]) {
  const members = await db.membership.findMany({
    where: { orgId },
    select: { user: { select: { id: true, name: true } } },
    orderBy: { user: { name: "asc" } },
  });
  const ids = members.map((m) => m.user.id);
  const [lessons, quizzes] = await Promise.all([
    db.lessonProgress.findMany({
      where: { userId: { in: ids } },
      select: { userId: true, moduleSlug: true, lessonSlug: true, completedAt: true },
    }),
    db.quizAnswer.findMany({
      where: { userId: { in: ids }, passed: true },
      select: { userId: true, moduleSlug: true, lessonSlug: true, quizId: true },
    }),
  ]);
  const facts = collectFacts(
    lessons,
    quizzes,
    (row) => `${(row as { userId: string }).userId}|${(row as { moduleSlug: string }).moduleSlug}`,
  );
  const rows = members.map((m) => ({
    userId: m.user.id,
    name: m.user.name,
    modules: Object.fromEntries(
      modules.map((mod) => [mod.slug, moduleProgress(mod, facts.get(`${m.user.id}|${mod.slug}`) ?? emptyFacts())]),
    ),
  }));
  const summary = modules.map((mod) => ({
    slug: mod.slug,
    started: rows.filter((r) => r.modules[mod.slug].started).length,
    completed: rows.filter((r) => r.modules[mod.slug].complete).length,
  }));
  return { members: rows, summary };
}
