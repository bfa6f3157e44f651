import { readFileSync } from "node:fs";
import path from "node:path";
import type { Catalogue } from "#app/modules/learning/content.schema.ts";
import { expect, expectNoAxeViolations, signIn, signOut, test } from "./fixtures.ts";

// The answers come from the compiled content, as the server grades them.
const catalogue: Catalogue = JSON.parse(readFileSync(path.join(process.cwd(), "build/content/catalogue.json"), "utf8"));
const shortest = catalogue.modules
  .filter((m) => m.lessons.every((l) => l.versions.de))
  .sort((a, b) => a.lessons.length - b.lessons.length)[0];

test("take a whole module in German with the keyboard, pass its quizzes, get and verify the certificate", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  await signIn(page, "member@demo.portolan.test", "de");
  await page.goto("/de/learn");
  await expectNoAxeViolations(page);
  await page.goto(`/de/learn/${shortest.slug}`);
  await expectNoAxeViolations(page);
  await page.locator("main a.button").press("Enter");

  for (const [index, lesson] of shortest.lessons.entries()) {
    await expect(page).toHaveURL(new RegExp(`/de/learn/${shortest.slug}/${lesson.slug}$`));
    const version = lesson.versions.de!;
    if (index === 0) await expectNoAxeViolations(page);
    for (const [quizId, quiz] of Object.entries(version.quizzes)) {
      const section = page.locator(`#quiz-${quizId}`);
      for (const [i, option] of quiz.options.entries()) {
        if (option.correct) await section.locator(`input[name="option"][value="${i}"]`).press("Space");
      }
      await section.locator("button[type=submit]").press("Enter");
      await expect(section.locator(".notice")).toBeVisible();
      await expect(section.locator(".notice-error")).toHaveCount(0);
    }
    await page.locator('#complete button[type="submit"]').press("Enter");
    await expect(page.locator("#complete .notice")).toBeVisible();
    if (index === 0) await expectNoAxeViolations(page);
    const next = page.locator('.lesson-pager a[rel="next"]');
    if (await next.count()) await next.press("Enter");
  }

  await page.goto(`/de/learn/${shortest.slug}`);
  // A finished module offers the certificate, not "Continue" as well.
  await expect(page.locator("main a.button")).toHaveCount(0);
  await page.locator("main form button[type=submit]").press("Enter");
  await expect(page).toHaveURL(/\/de\/certificates\/[0-9a-f]{20}$/);
  await expect(page.locator(".certificate-holder")).toHaveText("Mia Member");
  await expectNoAxeViolations(page);
  const url = page.url();

  const anonymous = await browser.newContext();
  const visitor = await anonymous.newPage();
  await visitor.goto(new URL(url).pathname.replace("/de/", "/en/"));
  await expect(visitor.locator(".certificate-holder")).toHaveText("Mia Member");
  await expect(visitor.locator(".certificate .notice")).not.toHaveClass(/notice-error/);
  await expectNoAxeViolations(visitor);
  await anonymous.close();
});

test("catalogue, module and lesson pages in Lithuanian pass axe; a missing translation says so", async ({ page }) => {
  await page.goto("/lt/learn");
  await expectNoAxeViolations(page);
  const mod = catalogue.modules[0];
  await page.goto(`/lt/learn/${mod.slug}`);
  await expectNoAxeViolations(page);
  const lesson = mod.lessons[0];
  await page.goto(`/lt/learn/${mod.slug}/${lesson.slug}`);
  await expectNoAxeViolations(page);
  if (!lesson.versions.lt) await expect(page.locator(".notice-info")).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "lt");
});

test("the catalogue filters by level without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/en/learn");
  await page.locator("#level").selectOption("intermediate");
  await page.locator("main form button[type=submit]").click();
  await expect(page).toHaveURL(/level=intermediate/);
  const expected = catalogue.modules.filter((m) => m.level === "intermediate").length;
  await expect(page.locator(".module-card")).toHaveCount(expected);
  await context.close();
});

test("an org admin sees the progress report; a member gets 403", async ({ page }) => {
  await signIn(page, "orgadmin@demo.portolan.test");
  const ok = await page.goto("/en/orgs/hafenwerk-kreativnetz-bremen/progress");
  expect(ok?.status()).toBe(200);
  await expectNoAxeViolations(page);
  await signOut(page);
  await signIn(page, "outsider@demo.portolan.test");
  const denied = await page.goto("/en/orgs/hafenwerk-kreativnetz-bremen/progress");
  expect(denied?.status()).toBe(403);
});
