import { expect, expectNoAxeViolations, locales, test } from "./fixtures.ts";

test.describe("languages", () => {
  test("/ follows Accept-Language on a first visit", async ({ browser }) => {
    const context = await browser.newContext({
      locale: "lt-LT",
      extraHTTPHeaders: { "Accept-Language": "lt-LT,lt;q=0.9,en;q=0.5" },
    });
    const page = await context.newPage();
    await page.goto("/");
    await expect(page).toHaveURL(/\/lt$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "lt");
    await context.close();
  });

  test("the cookie from an earlier visit wins over the header", async ({ browser }) => {
    const context = await browser.newContext({ extraHTTPHeaders: { "Accept-Language": "de" } });
    const page = await context.newPage();
    await page.goto("/pl");
    await page.goto("/");
    await expect(page).toHaveURL(/\/pl$/);
    await context.close();
  });

  test("without cookie or header the site falls back to English", async ({ request }) => {
    const response = await request.get("/", { maxRedirects: 0, headers: { "Accept-Language": "" } });
    expect(response.status()).toBe(302);
    expect(response.headers()["location"]).toBe("/en");
  });

  test("an unknown prefix is a 404 page in the visitor's language", async ({ browser }) => {
    const context = await browser.newContext({ locale: "de-DE" });
    const page = await context.newPage();
    const response = await page.goto("/xx/something");
    expect(response?.status()).toBe(404);
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Seite nicht gefunden");
    await context.close();
  });

  for (const locale of locales) {
    test(`home page in ${locale}: translated, hreflang alternates, no axe violations`, async ({ page }) => {
      await page.goto(`/${locale}`);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      const alternates = await page
        .locator('link[rel="alternate"][hreflang]')
        .evaluateAll((ls) => ls.map((l) => l.getAttribute("hreflang")));
      expect(alternates.sort()).toEqual([...locales, "x-default"].sort());
      const text = await page.locator("body").innerText();
      // A missing key shows up as its dotted path, e.g. "hero.title".
      expect(text).not.toMatch(/\b(hero|what|why|who|origin|nav|footer)\.[a-zA-Z]+/);
      if (locale !== "en") {
        await page.goto(`/en`);
        const english = await page.locator("h1").innerText();
        await page.goto(`/${locale}`);
        expect(await page.locator("h1").innerText()).not.toBe(english);
      }
      await expectNoAxeViolations(page);
    });
  }

  test("privacy and not-found pages pass axe", async ({ page }) => {
    await page.goto("/lv/privacy");
    await expect(page.locator("h1")).not.toHaveText("Privacy");
    await expectNoAxeViolations(page);
    const response = await page.goto("/pl/no-such-page");
    expect(response?.status()).toBe(404);
    await expectNoAxeViolations(page);
  });

  test("the language switcher keeps the current page", async ({ page }) => {
    await page.goto("/en/login");
    await page.locator(".lang-switcher summary").click();
    await page.getByRole("link", { name: "Eesti" }).click();
    await expect(page).toHaveURL(/\/et\/login$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "et");
  });
});
