import { readFileSync } from "node:fs";
import path from "node:path";
import type { Catalogue } from "#app/modules/learning/content.schema.ts";
import { expect, expectNoAxeViolations, signIn, test } from "./fixtures.ts";

// The answers come from the compiled content, as the server grades them.
const catalogue: Catalogue = JSON.parse(readFileSync(path.join(process.cwd(), "build/content/catalogue.json"), "utf8"));

test("a quiz retry grades the new choice, and the old feedback goes as soon as the choice changes", async ({
  page,
}) => {
  // A single-answer quiz with a wrong option, in a lesson the other journeys leave alone.
  const found = catalogue.modules
    .flatMap((m) => m.lessons.map((l) => ({ m, l })))
    .flatMap(({ m, l }) =>
      Object.entries(l.versions.en?.quizzes ?? {}).map(([id, q]) => ({ path: `/en/learn/${m.slug}/${l.slug}`, id, q })),
    )
    .reverse()
    .find(({ q }) => !q.multiple && q.options.some((o) => !o.correct));
  expect(found).toBeTruthy();
  const { path: lesson, id, q } = found!;
  const wrong = q.options.findIndex((o) => !o.correct);
  const right = q.options.findIndex((o) => o.correct);

  await signIn(page, "moderator@demo.portolan.test");
  await page.goto(lesson);
  const quiz = page.locator(`#quiz-${id}`);
  const button = quiz.locator("button[type=submit]");
  await expect(button).toHaveText("Check my answer");
  await quiz.locator(`input[name="option"][value="${wrong}"]`).check();
  await button.click();
  await expect(quiz.locator(".notice-error")).toBeVisible();
  const wrongFeedback = quiz.locator(".quiz-options li").nth(wrong).locator(".quiz-feedback");
  await expect(wrongFeedback).toBeVisible();
  await expect(wrongFeedback).toContainText("✗");
  // The button never changes meaning: it checks what is chosen now.
  await expect(button).toHaveText("Check my answer");
  await expectNoAxeViolations(page);

  // Choosing again withdraws the old grading before anything is sent.
  await quiz.locator(`input[name="option"][value="${right}"]`).check();
  await expect(wrongFeedback).toBeHidden();
  await expect(quiz.locator(".notice-error")).toBeHidden();
  await expect(quiz.locator(".quiz-options li.is-wrong")).toHaveCSS("background-color", "rgba(0, 0, 0, 0)");
  await button.click();
  await expect(quiz.locator(".notice").first()).toBeVisible();
  await expect(quiz.locator(".notice-error")).toHaveCount(0);
  await expect(quiz.locator(".quiz-options li").nth(right).locator(".quiz-feedback")).toContainText("✓");
  await expect(quiz.locator(".quiz-options li").nth(wrong).locator(".quiz-feedback")).toHaveCount(0);
});

test("a yes/no filter chip names itself once", async ({ page }) => {
  await page.goto("/en/partners?visits=1");
  const chip = page.locator(".chip-list .chip");
  await expect(chip).toHaveCount(1);
  await expect(chip).toHaveText("Open for study visits ×");
  await expect(chip).toHaveAttribute("aria-label", "Remove filter: Open for study visits");
  await expectNoAxeViolations(page);
});

test("forum search snippets are plain text, not Markdown", async ({ page }) => {
  for (const locale of ["en", "lv"]) {
    await page.goto(`/${locale}/forum/search?q=closed`);
    const snippets = await page.locator(".snippet").allTextContents();
    expect(snippets.length).toBeGreaterThan(0);
    for (const s of snippets) {
      expect(s).not.toContain("**");
      expect(s).not.toMatch(/\]\(|\/learn\//);
    }
  }
});

test("the sessions list shows a plain address, not ::ffff:127.0.0.1", async ({ page }) => {
  await signIn(page, "partner@demo.portolan.test");
  await page.goto("/en/account");
  const sessions = page.locator("main table").filter({ hasText: /127\.0\.0\.1|::1/ });
  await expect(sessions).toBeVisible();
  await expect(page.locator("main")).not.toContainText("::ffff:");
});
