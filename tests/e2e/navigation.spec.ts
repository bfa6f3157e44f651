import { expect, test } from "./fixtures.ts";

test("moving to /lt/learn inside the app never shows raw translation keys, even when its strings load slowly", async ({
  page,
}) => {
  await page.route("**/locales/lt/learning.json", async (route) => {
    await new Promise((r) => setTimeout(r, 1500));
    await route.continue();
  });
  await page.goto("/lt/partners");
  await page.waitForLoadState("networkidle");
  // Record every text <main> shows on the way.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    const main = document.getElementById("main")!;
    new MutationObserver(() => seen.push(main.innerText)).observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
    });
  });
  await page.locator(".main-nav a[href='/lt/learn']").click();
  await expect(page.locator("main h1")).toHaveText("Mokymosi moduliai");
  const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
  expect(seen.length).toBeGreaterThan(0);
  // Keys of the learning namespace look like "catalogue.title" or "tags.partners".
  expect(seen.filter((text) => /\b(catalogue|levels|tags|state|progress|module|lesson)\.[a-zA-Z]+/.test(text))).toEqual(
    [],
  );
});

test("after moving to another page inside the app, focus is on its main heading, not in the header", async ({
  page,
}) => {
  await page.goto("/en/forum");
  await page.waitForLoadState("networkidle");
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("BODY");
  await page.locator("main a[href^='/en/forum/']").first().click();
  await page.waitForURL(/\/en\/forum\/[a-z]/);
  await expect(page.locator("main h1")).toBeFocused();
  // The next Tab goes into the page's content, not back through the header.
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => !!document.activeElement?.closest("main"))).toBe(true);
});

test("a skip link leads past the header to the main region", async ({ page }) => {
  await page.goto("/de/forum");
  await page.waitForLoadState("networkidle");
  await page.keyboard.press("Tab");
  const skip = page.locator("a.skip-link");
  await expect(skip).toBeFocused();
  await expect(skip).toHaveAttribute("href", "#main");
  await page.keyboard.press("Enter");
  await expect(page.locator("main#main")).toBeFocused();
});
