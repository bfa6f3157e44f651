import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import type { Locale } from "#app/utils/i18n.ts";
import { countryName } from "#app/utils/intl.ts";
import type { LessonVersion } from "./content.schema.ts";

let templates: Map<string, Set<string>> | undefined;

/** Template files per locale folder under public/templates (read once). */
function templateIndex() {
  if (!templates) {
    templates = new Map();
    const root = path.join(process.cwd(), "public", "templates");
    if (existsSync(root))
      for (const loc of readdirSync(root)) templates.set(loc, new Set(readdirSync(path.join(root, loc))));
  }
  return templates;
}

/** Download links for every template, in the locale when it exists there, else English. */
export function downloadsFor(locale: Locale): Record<string, string> {
  const index = templateIndex();
  const out: Record<string, string> = {};
  for (const f of index.get("en") ?? []) out[f] = `/templates/en/${f}`;
  for (const f of index.get(locale) ?? []) out[f] = `/templates/${locale}/${f}`;
  return out;
}

type SavedState = {
  quizzes: Record<string, { selected: number[]; score: number; passed: boolean }>;
  reflections: Record<string, string>;
  ticks: string[];
};

/**
 * What the lesson page may send to the browser: quiz questions without the
 * answers; correctness and feedback only for options the person chose.
 */
export function lessonWidgets(version: LessonVersion, state: SavedState | null, locale: Locale) {
  const quizzes = Object.fromEntries(
    Object.entries(version.quizzes).map(([id, q]) => {
      const saved = state?.quizzes[id];
      return [
        id,
        {
          question: q.question,
          multiple: q.multiple,
          answered: !!saved,
          score: saved?.score ?? null,
          passed: saved?.passed ?? null,
          options: q.options.map((o, i) => {
            const selected = !!saved?.selected.includes(i);
            return selected
              ? { text: o.text, selected, correct: o.correct, feedback: o.feedback }
              : { text: o.text, selected };
          }),
        },
      ];
    }),
  );
  const checklists = Object.fromEntries(
    Object.entries(version.checklists).map(([id, c]) => [
      id,
      {
        title: c.title,
        items: c.items.map((i) => ({ id: i.id, text: i.text, checked: !!state?.ticks.includes(`${id}/${i.id}`) })),
      },
    ]),
  );
  const reflections = Object.fromEntries(
    Object.entries(version.reflections).map(([id, r]) => [
      id,
      { prompt: r.prompt, text: state?.reflections[id] ?? "" },
    ]),
  );
  const countryNames = Object.fromEntries(
    ["DE", "DK", "EE", "FI", "LT", "LV", "NO", "PL", "SE"].map((c) => [c, countryName(c, locale)]),
  );
  return { quizzes, checklists, reflections, countryNames, downloads: downloadsFor(locale) };
}
