import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, signIn, test } from "./fixtures.ts";

// A 390 px phone (STYLE.md: every page from 360 px up, no sideways scrolling
// of the page itself, tap targets of at least 24 px, a compact header).
test.use({ viewport: { width: 390, height: 844 } });

async function expectNoSidewaysScroll(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBeLessThan(400);
  const size = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(size.scroll, `${path} is ${size.scroll} px wide in a ${size.client} px window`).toBeLessThanOrEqual(
    size.client,
  );
  // The header stays one row: brand and menu.
  const header = await page.locator(".site-header").boundingBox();
  expect(header!.height, `${path} header height`).toBeLessThanOrEqual(72);
  await expectNoAxeViolations(page);
}

async function firstHref(page: Page, path: string, selector: string) {
  await page.goto(path);
  const href = await page.locator(selector).first().getAttribute("href");
  expect(href, `${selector} on ${path}`).toBeTruthy();
  return href!;
}

test("no page scrolls sideways at 390 px, signed out and signed in", async ({ page }) => {
  test.setTimeout(240_000);
  const module = await firstHref(page, "/en/learn", "main a[href^='/en/learn/']");
  const lesson = await firstHref(page, module, ".lesson-list a");
  const category = await firstHref(page, "/en/forum", "main .category-table a.category-name");
  const topic = await firstHref(page, category, "main a[href*='/forum/t/']");
  const partner = "/en/partners/aarhus-designnetvaerk";
  const visitorPages = [
    "/en",
    "/en/learn",
    module,
    lesson,
    "/en/forum",
    category,
    topic,
    "/lv/forum/search?q=closed",
    "/en/partners",
    "/en/partners?visits=1",
    partner,
    "/en/login",
    "/en/signup",
  ];
  for (const path of visitorPages) await expectNoSidewaysScroll(page, path);

  await signIn(page, "orgadmin@demo.portolan.test");
  const memberPages = [
    "/en/learn",
    lesson,
    "/en/forum",
    topic,
    "/en/forum/search?q=closed",
    "/en/partners",
    partner,
    "/en/contacts",
    "/en/contacts?view=table",
    "/en/account",
    "/en/notifications",
    "/en/orgs/hafenwerk-kreativnetz-bremen",
  ];
  for (const path of memberPages) await expectNoSidewaysScroll(page, path);
});

test("the forum index keeps its latest-activity column on a phone", async ({ page }) => {
  await page.goto("/en/forum");
  const latest = page.locator(".category-table tbody tr").first().locator("td").nth(2);
  await expect(latest).toBeInViewport();
  const box = await latest.boundingBox();
  expect(box!.x + box!.width).toBeLessThanOrEqual(390);
});

test("the compact header opens a menu that reaches every link, with and without JavaScript", async ({
  page,
  browser,
}) => {
  await signIn(page, "orgadmin@demo.portolan.test");
  await page.goto("/en/learn");
  const contacts = page.locator(".account-nav a[href='/en/contacts']");
  await expect(contacts).toBeHidden();
  const toggle = page.locator(".site-menu > summary");
  const toggleBox = await toggle.boundingBox();
  expect(toggleBox!.height).toBeGreaterThanOrEqual(24);
  await toggle.click();
  await expect(contacts).toBeVisible();
  await expectNoAxeViolations(page);
  await contacts.click();
  await expect(page).toHaveURL(/\/en\/contacts$/);
  // Moving to another page closes the menu.
  await expect(page.locator(".site-menu")).not.toHaveAttribute("open");
  await expect(contacts).toBeHidden();
  // Escape closes it as well and gives focus back to the toggle.
  await toggle.click();
  await page.keyboard.press("Escape");
  await expect(page.locator(".site-menu")).not.toHaveAttribute("open");
  await expect(toggle).toBeFocused();

  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  const noScript = await context.newPage();
  await noScript.goto("/en/forum");
  await expect(noScript.locator(".main-nav a[href='/en/partners']")).toBeHidden();
  await noScript.locator(".site-menu > summary").click();
  await noScript.locator(".main-nav a[href='/en/partners']").click();
  await expect(noScript).toHaveURL(/\/en\/partners$/);
  await context.close();
});

test("wide screens show the navigation inline, without a menu button", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(page, "orgadmin@demo.portolan.test");
  await page.goto("/en/forum");
  await expect(page.locator(".site-menu > summary")).toBeHidden();
  await expect(page.locator(".main-nav a[href='/en/partners']")).toBeVisible();
  await expect(page.locator(".account-nav a[href='/en/contacts']")).toBeVisible();
  const header = await page.locator(".site-header").boundingBox();
  expect(header!.height).toBeLessThanOrEqual(72);
});

async function expectTapTargets(page: Page, selector: string, min = 24) {
  const sizes = await page.locator(selector).evaluateAll((els) =>
    els
      .filter((e) => e.getClientRects().length)
      .map((e) => ({
        what: `${e.tagName} ${(e.textContent ?? "").trim().slice(0, 30)}`,
        width: e.getBoundingClientRect().width,
        height: e.getBoundingClientRect().height,
      })),
  );
  expect(sizes.length, selector).toBeGreaterThan(0);
  for (const s of sizes) {
    expect(s.height, `${s.what} height`).toBeGreaterThanOrEqual(min);
    expect(s.width, `${s.what} width`).toBeGreaterThanOrEqual(min);
  }
}

test("topic controls and quiz choices are at least 24 px", async ({ page }) => {
  await signIn(page, "orgadmin@demo.portolan.test");
  const category = await firstHref(page, "/en/forum", "main .category-table a.category-name");
  const topic = await firstHref(page, category, "main a[href*='/forum/t/']");
  await page.goto(topic);
  await expectTapTargets(page, ".post-actions a, .post-actions button, .post-actions summary");
  await page.locator(".post-actions summary").first().click();
  await expectTapTargets(page, ".flag[open] input[type=text], .flag[open] button");

  await page.goto("/en/learn/building-a-local-creative-network/why-a-local-network");
  await expectTapTargets(page, ".quiz-options input");
  await expectTapTargets(page, ".quiz-options label", 44);
});
