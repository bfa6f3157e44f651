import type { CatalogueModule, Quiz } from "./content.schema.ts";

// Pure rules of progress, shared by the server and unit tests.

/**
 * Grades a quiz answer: single choice is right or wrong; multiple choice
 * earns (right ticks − wrong ticks) / number of right options, never below 0.
 */
export function gradeQuiz(quiz: Pick<Quiz, "multiple" | "options">, selected: number[]): number {
  const chosen = new Set(selected.filter((i) => Number.isInteger(i) && i >= 0 && i < quiz.options.length));
  const correct = quiz.options.map((o, i) => (o.correct ? i : -1)).filter((i) => i >= 0);
  if (!quiz.multiple) return chosen.size === 1 && correct.includes([...chosen][0]) ? 1 : 0;
  const right = correct.filter((i) => chosen.has(i)).length;
  const wrong = [...chosen].filter((i) => !correct.includes(i)).length;
  return Math.max(0, (right - wrong) / correct.length);
}

export type ProgressFacts = {
  completedLessons: Set<string>;
  startedLessons: Set<string>;
  /** "lesson/quiz" of passed quizzes */
  passedQuizzes: Set<string>;
};

export const emptyFacts = (): ProgressFacts => ({
  completedLessons: new Set(),
  startedLessons: new Set(),
  passedQuizzes: new Set(),
});

export type ModuleProgress = {
  total: number;
  completed: number;
  percent: number;
  started: boolean;
  quizzesPassed: number;
  quizzesTotal: number;
  complete: boolean;
  /** The lesson to open next: the first not completed, else the first. */
  resumeLesson: string;
};

/** A module is complete when every lesson is completed and every quiz passed. */
export function moduleProgress(mod: Pick<CatalogueModule, "lessons">, facts: ProgressFacts): ModuleProgress {
  const lessons = mod.lessons.map((l) => l.slug);
  const quizzes = mod.lessons.flatMap((l) => Object.keys(l.versions.en?.quizzes ?? {}).map((q) => `${l.slug}/${q}`));
  const completed = lessons.filter((l) => facts.completedLessons.has(l)).length;
  const quizzesPassed = quizzes.filter((q) => facts.passedQuizzes.has(q)).length;
  return {
    total: lessons.length,
    completed,
    percent: lessons.length ? Math.round((completed / lessons.length) * 100) : 0,
    started: lessons.some((l) => facts.startedLessons.has(l)),
    quizzesPassed,
    quizzesTotal: quizzes.length,
    complete: lessons.length > 0 && completed === lessons.length && quizzesPassed === quizzes.length,
    resumeLesson: lessons.find((l) => !facts.completedLessons.has(l)) ?? lessons[0],
  };
}
