import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { addMember, createOrg, createUser } from "#tests/factories.ts";
import { db } from "#app/utils/db.server.ts";
import { findModule, lessonVersion, moduleText, setCatalogue } from "./catalogue.server.ts";
import { ContentError, compileCatalogue } from "./compile.server.ts";
import type { CatalogueModule } from "./content.schema.ts";
import {
  answerQuiz,
  completeLesson,
  issueCertificate,
  organisationReport,
  progressForModule,
  revokeCertificate,
  saveReflection,
  setChecklist,
  getCertificate,
  lessonPage,
} from "./learning.server.ts";
import { gradeQuiz, moduleProgress } from "./progress.ts";

const fixtures = path.join(process.cwd(), "tests", "fixtures", "content");
let mod: CatalogueModule;

beforeAll(async () => {
  const catalogue = await compileCatalogue(path.join(fixtures, "modules"));
  setCatalogue(catalogue);
  mod = findModule("sample-module")!;
}, 60_000);

describe("content", () => {
  test("frontmatter and module files are validated with the file and field named", async () => {
    const error = await compileCatalogue(path.join(fixtures, "broken", "modules")).catch((e) => e);
    expect(error).toBeInstanceOf(ContentError);
    expect(error.message).toContain("bad-module/module.yaml: level:");
  });

  test("a lesson falls back to English and says which languages exist", () => {
    const second = mod.lessons.find((l) => l.slug === "second")!;
    expect(lessonVersion(second, "de")).toMatchObject({ locale: "en", fallback: true, available: ["en"] });
    const first = mod.lessons.find((l) => l.slug === "first")!;
    expect(lessonVersion(first, "de")).toMatchObject({ locale: "de", fallback: false });
    expect(lessonVersion(first, "de").version.title).toBe("Erste Lektion");
    expect(moduleText(mod, "lt")).toMatchObject({ title: "Sample module", fallback: true });
    expect(moduleText(mod, "de")).toMatchObject({ title: "Beispielmodul", fallback: false });
  });
});

describe("grading and progress rules", () => {
  const quiz = { multiple: true, options: [{ correct: true }, { correct: true }, { correct: false }] } as never;
  test("multiple choice earns right minus wrong ticks, never below zero", () => {
    expect(gradeQuiz(quiz, [0, 1])).toBe(1);
    expect(gradeQuiz(quiz, [0])).toBe(0.5);
    expect(gradeQuiz(quiz, [0, 2])).toBe(0);
    expect(gradeQuiz(quiz, [2])).toBe(0);
    expect(gradeQuiz(quiz, [0, 1, 99])).toBe(1); // out-of-range indexes are ignored
  });
  test("single choice is right or wrong", () => {
    const single = { multiple: false, options: [{ correct: false }, { correct: true }] } as never;
    expect(gradeQuiz(single, [1])).toBe(1);
    expect(gradeQuiz(single, [0, 1])).toBe(0);
  });
  test("a module is complete only with every lesson done and every quiz passed", () => {
    const base = {
      completedLessons: new Set(["first", "second"]),
      startedLessons: new Set(["first", "second"]),
      passedQuizzes: new Set(["first/pick"]),
    };
    expect(moduleProgress(mod, base)).toMatchObject({
      percent: 100,
      complete: false,
      quizzesPassed: 1,
      quizzesTotal: 2,
    });
    base.passedQuizzes.add("first/many");
    expect(moduleProgress(mod, base).complete).toBe(true);
    expect(
      moduleProgress(mod, {
        completedLessons: new Set(["first"]),
        startedLessons: new Set(["first"]),
        passedQuizzes: new Set(),
      }),
    ).toMatchObject({ percent: 50, resumeLesson: "second" });
  });
});

describe("progress in the database", () => {
  test("completing twice (a double click) leaves one record with the first time", async () => {
    const user = await createUser();
    await Promise.all([completeLesson(user.id, mod.slug, "first"), completeLesson(user.id, mod.slug, "first")]);
    const first = await db.lessonProgress.findMany({ where: { userId: user.id } });
    expect(first).toHaveLength(1);
    await completeLesson(user.id, mod.slug, "first");
    const again = await db.lessonProgress.findFirstOrThrow({ where: { userId: user.id } });
    expect(again.completedAt).toEqual(first[0].completedAt);
  });

  test("quiz answers are graded on the server; the latest counts", async () => {
    const user = await createUser();
    const version = mod.lessons[0].versions.en!;
    expect(
      await answerQuiz({ userId: user.id, mod, lessonSlug: "first", version, quizId: "many", selected: [0] }),
    ).toEqual({ score: 0.5, passed: false });
    expect(
      await answerQuiz({ userId: user.id, mod, lessonSlug: "first", version, quizId: "many", selected: [0, 1] }),
    ).toEqual({ score: 1, passed: true });
    const state = (await lessonPage(user.id, mod, "first")).state;
    expect(state.quizzes.many).toMatchObject({ selected: [0, 1], passed: true, attempts: 2 });
    expect(
      await answerQuiz({ userId: user.id, mod, lessonSlug: "first", version, quizId: "nope", selected: [0] }),
    ).toBeNull();
  });

  test("checklists keep exactly the ticked known items; reflections are saved", async () => {
    const user = await createUser();
    await setChecklist(user.id, mod.slug, "first", "prep", ["one", "unknown"], ["one"]);
    await saveReflection(user.id, mod.slug, "first", "think", "Start small.");
    expect((await lessonPage(user.id, mod, "first")).state).toMatchObject({
      ticks: ["prep/one"],
      reflections: { think: "Start small." },
    });
    await setChecklist(user.id, mod.slug, "first", "prep", [], ["one"]);
    expect((await lessonPage(user.id, mod, "first")).state.ticks).toEqual([]);
  });

  test("the lesson page's single query returns what was saved and records the first visit", async () => {
    const user = await createUser();
    const empty = await lessonPage(user.id, mod, "second");
    expect(empty.state).toEqual({ completed: false, quizzes: {}, reflections: {}, ticks: [] });
    expect(await db.lessonProgress.count({ where: { userId: user.id, lessonSlug: "second" } })).toBe(1);
    const version = mod.lessons[0].versions.en!;
    await answerQuiz({ userId: user.id, mod, lessonSlug: "first", version, quizId: "pick", selected: [0] });
    await saveReflection(user.id, mod.slug, "first", "think", "Notes");
    await setChecklist(user.id, mod.slug, "first", "prep", ["one"], ["one"]);
    await completeLesson(user.id, mod.slug, "second");
    const page = await lessonPage(user.id, mod, "first");
    expect(page.state).toEqual({
      completed: false,
      quizzes: { pick: { selected: [0], score: 1, passed: true, attempts: 1 } },
      reflections: { think: "Notes" },
      ticks: ["prep/one"],
    });
    expect([...page.facts.completedLessons]).toEqual(["second"]);
    expect([...page.facts.passedQuizzes]).toEqual(["first/pick"]);
  });

  test("a certificate needs a complete module; it is public by id and only its holder can revoke it", async () => {
    const user = await createUser();
    const other = await createUser();
    expect(await issueCertificate(user, mod.slug)).toBeNull();
    const version = mod.lessons[0].versions.en!;
    await answerQuiz({ userId: user.id, mod, lessonSlug: "first", version, quizId: "pick", selected: [0] });
    await answerQuiz({ userId: user.id, mod, lessonSlug: "first", version, quizId: "many", selected: [0, 1] });
    await completeLesson(user.id, mod.slug, "first");
    expect(await issueCertificate(user, mod.slug)).toBeNull();
    await completeLesson(user.id, mod.slug, "second");
    expect((await progressForModule(user.id, mod)).progress.complete).toBe(true);
    const cert = await issueCertificate(user, mod.slug);
    expect(cert?.holderName).toBe(user.name);
    expect((await issueCertificate(user, mod.slug))?.id).toBe(cert!.id); // idempotent
    expect((await getCertificate(cert!.id))?.revokedAt).toBeNull();
    expect(await revokeCertificate(cert!.id, other.id)).toBe(false);
    expect(await revokeCertificate(cert!.id, user.id)).toBe(true);
    expect((await getCertificate(cert!.id))?.revokedAt).toBeInstanceOf(Date);
  });

  test("the organisation report covers only the organisation's members", async () => {
    const admin = await createUser();
    const member = await createUser({ name: "Inside Member" });
    const outsider = await createUser({ name: "Outside Person" });
    const org = await createOrg(admin.id);
    await addMember(org.id, member.id);
    await addMember((await createOrg(outsider.id)).id, outsider.id).catch(() => {});
    await completeLesson(member.id, mod.slug, "first");
    await completeLesson(outsider.id, mod.slug, "first");
    const report = await organisationReport(org.id, [mod]);
    expect(report.members.map((m) => m.name).sort()).toEqual([admin.name, "Inside Member"].sort());
    expect(report.summary).toEqual([{ slug: mod.slug, started: 1, completed: 0 }]);
  });
});
