import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = process.env.DEMO_PASSWORD ?? "portolan-demo-2026";
export const locales = ["en", "de", "da", "sv", "fi", "et", "lv", "lt", "pl"] as const;

/** WCAG 2.2 AA as axe checks it; any violation fails the test with its rule ids. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/**
 * What every HTML document we send must be: no 0x00 bytes (React 18's Node
 * renderer inserted them before multi-byte characters) and nothing after
 * `</html>` (Remix's streamed data scripts once came after it).
 */
export function expectCleanHtml(body: Buffer, url: string) {
  expect(body.indexOf(0), `NUL byte in ${url}`).toBe(-1);
  const html = body.toString("utf8").trimEnd();
  expect(html.endsWith("</html>"), `${url} must end with </html>, ends with ${JSON.stringify(html.slice(-80))}`).toBe(
    true,
  );
  expect(html.split("</html>").length - 1, `one </html> in ${url}`).toBe(1);
}

/**
 * A page that fails the test on any console error or uncaught exception, and
 * on any HTML document it loads that fails `expectCleanHtml`.
 */
export const test = base.extend<{ consoleErrors: string[]; htmlDocuments: void }>({
  htmlDocuments: [
    async ({ page }, use) => {
      const checks: Promise<void>[] = [];
      page.on("response", (response) => {
        const isHtml = /^text\/html/.test(response.headers()["content-type"] ?? "");
        if (
          response.request().resourceType() !== "document" ||
          !isHtml ||
          (response.status() >= 300 && response.status() < 400)
        )
          return;
        checks.push(
          response.body().then(
            (body) => expectCleanHtml(body, response.url()),
            () => undefined, // the page navigated on before the body was read; the next document is checked
          ),
        );
      });
      await use();
      await Promise.all(checks);
    },
    { auto: true },
  ],
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on("console", (m) => {
        if (m.type() === "error") errors.push(m.text());
      });
      page.on("pageerror", (e) => errors.push(e.message));
      await use(errors);
      // Expected failures (4xx documents, e.g. a deliberate 404/429/403) log a resource error; nothing else may.
      expect(
        errors.filter((e) => !/Failed to load resource: the server responded with a status of (4\d\d)/.test(e)),
      ).toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

export async function signIn(page: Page, email: string, locale = "en", password = DEMO_PASSWORD) {
  await page.goto(`/${locale}/login`);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('form#login button[type="submit"]').click();
  await page.waitForURL((url) => !url.pathname.endsWith("/login"));
}

/** Signs out through the header form and waits until the page shows the signed-out header. */
export async function signOut(page: Page) {
  await page.locator(".account-nav form button").click();
  await expect(page.locator(".account-nav .sign-in-form button")).toBeVisible();
}

/** Follows the newest outbox email to `to` as the demo admin (in a separate browser context) and returns its last link. */
export async function linkFromOutbox(page: Page, to: string): Promise<string> {
  const context = await page.context().browser()!.newContext();
  const admin = await context.newPage();
  await signIn(admin, "admin@demo.portolan.test");
  await admin.goto(`/en/admin/outbox?q=${encodeURIComponent(to)}`);
  await admin.locator("table tbody tr").first().locator("a").click();
  const href = await admin.locator("a.outbox-link").last().getAttribute("href");
  await context.close();
  return href!;
}
