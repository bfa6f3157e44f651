import type { APIRequestContext } from "@playwright/test";
import { DEMO_PASSWORD, expect, expectCleanHtml, locales, test } from "./fixtures.ts";

/** The first link under `prefix` on an English page: slugs are the same in every locale. */
async function firstSlug(request: APIRequestContext, page: string, prefix: string) {
  const html = await (await request.get(page)).text();
  const match = new RegExp(`href="/en/${prefix}/([^"/?#]+)"`).exec(html);
  expect(match, `a link under /en/${prefix}/ on ${page}`).not.toBeNull();
  return match![1];
}

test("the main public pages in all nine locales are clean HTML, fresh and from the page cache", async ({ request }) => {
  const module = await firstSlug(request, "/en/learn", "learn");
  const lesson = await firstSlug(request, `/en/learn/${module}`, `learn/${module}`);
  const partner = await firstSlug(request, "/en/partners", "partners");
  const category = await firstSlug(request, "/en/forum", "forum");
  const topic = await firstSlug(request, `/en/forum/${category}`, "forum/t");
  const pages = [
    "",
    "/learn",
    `/learn/${module}`,
    `/learn/${module}/${lesson}`,
    "/partners",
    `/partners/${partner}`,
    "/forum",
    `/forum/${category}`,
    `/forum/t/${topic}`,
    "/privacy",
    "/login",
    "/signup",
    "/no-such-page",
  ];
  for (const locale of locales) {
    for (const path of pages) {
      const url = `/${locale}${path}`;
      for (let i = 0; i < 2; i++) {
        const response = await request.get(url);
        expect(response.status(), url).toBe(path === "/no-such-page" ? 404 : 200);
        const body = await response.body();
        expectCleanHtml(body, url);
        // One buffer, sent with its length (compression may replace it with chunked transfer).
        if (response.headers()["content-length"])
          expect(Number(response.headers()["content-length"])).toBe(body.length);
        // A sign-in link per page is a new URL per page for crawlers; sign-in is a form.
        expect(body.toString("utf8"), url).not.toMatch(/<a [^>]*href="[^"]*redirectTo=/);
      }
    }
  }
});

test("signing in from the header returns to the page the visitor was on", async ({ page }) => {
  await page.goto("/lt/forum?page=1");
  await page.locator(".account-nav .sign-in-form button").click();
  await expect(page).toHaveURL(/\/lt\/login\?redirectTo=%2Flt%2Fforum%3Fpage%3D1$/);
  await page.locator('input[name="email"]').fill("member@demo.portolan.test");
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
  await page.locator("form#login button[type=submit]").click();
  await expect(page).toHaveURL(/\/lt\/forum\?page=1$/);
});

test("the same works without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/de/partners");
  await page.locator(".account-nav .sign-in-form button").click();
  await expect(page).toHaveURL(/\/de\/login\?redirectTo=%2Fde%2Fpartners$/);
  await context.close();
});
