import { expect, test } from "./fixtures.ts";

// "building-a-local-creative-network" exists in English and German only;
// "finding-and-approaching-partners-abroad" also in Lithuanian.
const fallback = "building-a-local-creative-network";
const translated = "finding-and-approaching-partners-abroad";

test("English fallback learning content on a Lithuanian page is marked lang=en, titles included", async ({ page }) => {
  await page.goto("/lt/learn");
  await expect(page.locator(`.module-card a[href="/lt/learn/${fallback}"]`)).toHaveAttribute("lang", "en");
  await expect(page.locator(`.module-card:has(a[href="/lt/learn/${fallback}"]) > p[lang="en"]`)).toHaveCount(1);
  await expect(page.locator(`.module-card a[href="/lt/learn/${translated}"]`)).not.toHaveAttribute("lang", /.+/);

  await page.goto(`/lt/learn/${fallback}`);
  await expect(page.locator("main h1")).toHaveAttribute("lang", "en");
  await expect(page.locator("head title")).toHaveAttribute("lang", "en");
  await expect(page.locator("#outcomes-title + ul")).toHaveAttribute("lang", "en");
  const lessonLinks = page.locator(".lesson-list li > a");
  expect(await lessonLinks.count()).toBeGreaterThan(0);
  for (const lang of await lessonLinks.evaluateAll((as) => as.map((a) => a.getAttribute("lang"))))
    expect(lang).toBe("en");

  await lessonLinks.first().click();
  await expect(page.locator("head title")).toHaveAttribute("lang", "en");
  await expect(page.locator(".lesson-nav > p a")).toHaveAttribute("lang", "en");
  for (const lang of await page.locator(".lesson-nav ol a").evaluateAll((as) => as.map((a) => a.getAttribute("lang"))))
    expect(lang).toBe("en");

  // A page in its own language has no lang on its title, and one title only.
  await page.goto(`/lt/learn/${translated}`);
  await expect(page.locator("head title")).toHaveCount(1);
  await expect(page.locator("head title")).not.toHaveAttribute("lang", /.+/);
  await expect(page.locator("main h1")).not.toHaveAttribute("lang", /.+/);
});
