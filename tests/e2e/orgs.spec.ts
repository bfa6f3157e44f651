import { expect, expectNoAxeViolations, signIn, signOut, test } from "./fixtures.ts";

const ORG = "/en/orgs/hafenwerk-kreativnetz-bremen";

test("an org admin invites by link; someone else joins with it", async ({ page, browser }) => {
  await signIn(page, "orgadmin@demo.portolan.test");
  await page.goto(ORG);
  await expectNoAxeViolations(page);
  await page.locator('form:has(input[value="inviteLink"]) button').click();
  const link = await page.locator("#invite-link").inputValue();
  expect(link).toMatch(/\/en\/invite\/[a-z2-7]+$/);
  await expectNoAxeViolations(page);

  const context = await browser.newContext();
  const outsider = await context.newPage();
  await signIn(outsider, "outsider@demo.portolan.test");
  await outsider.goto(new URL(link).pathname);
  await expectNoAxeViolations(outsider);
  await outsider.locator("main form button").click();
  await expect(outsider).toHaveURL(new RegExp(`${ORG}$`));
  await expect(outsider.locator("table")).toContainText("Otto Outsider");

  // The link is single use.
  const second = await browser.newContext();
  const other = await second.newPage();
  await signIn(other, "moderator@demo.portolan.test");
  await other.goto(new URL(link).pathname);
  await expect(other.locator(".notice-error")).toBeVisible();
  await context.close();
  await second.close();
});

test("a member sees the members but cannot invite", async ({ page }) => {
  await signIn(page, "member@demo.portolan.test");
  await page.goto(ORG);
  await expect(page.locator("table")).toContainText("Ole Orgadmin");
  await expect(page.locator('input[value="inviteLink"]')).toHaveCount(0);
  // Forging the form anyway is refused on the server.
  const status = await page.evaluate(async (url) => {
    const body = new URLSearchParams({ intent: "inviteLink", role: "ADMIN" });
    const r = await fetch(url, {
      method: "POST",
      body,
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
    });
    return r.status;
  }, ORG);
  expect(status).toBe(403);
});

test("create an organisation without JavaScript; bad input is explained", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, "member@demo.portolan.test", "de");
  await page.goto("/de/orgs/new");
  await page.locator('input[name="name"]').fill("X");
  await page.locator("main form button[type=submit]").click();
  await expect(page.locator(".field-errors").first()).toBeVisible();
  await page.locator('input[name="name"]').fill("Kreativlabor Wismar");
  await page.locator('select[name="type"]').selectOption("HUB");
  await page.locator('select[name="country"]').selectOption("DE");
  await page.locator('input[name="city"]').fill("Wismar");
  await page.locator("main form button[type=submit]").click();
  await expect(page).toHaveURL(/\/de\/orgs\/kreativlabor-wismar\?notice=created$/);
  await expect(page.locator("h1")).toHaveText("Kreativlabor Wismar");
  await context.close();
});

test("the organisation form with errors passes axe (with JavaScript)", async ({ page }) => {
  await signIn(page, "member@demo.portolan.test", "lv");
  await page.goto("/lv/orgs/new");
  await page.locator('input[name="name"]').fill("X");
  await page.locator("main form button[type=submit]").click();
  await expect(page.locator(".field-errors").first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test("admin area: only admins; outbox and users are listed", async ({ page }) => {
  await signIn(page, "member@demo.portolan.test");
  const denied = await page.goto("/en/admin");
  expect(denied?.status()).toBe(403);
  await signOut(page);
  await signIn(page, "admin@demo.portolan.test");
  for (const path of ["/en/admin", "/en/admin/users?q=demo", "/en/admin/orgs", "/en/admin/outbox"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expectNoAxeViolations(page);
  }
  await page.goto("/en/admin/users?q=demo.portolan");
  // Six demo accounts plus the fourteen demo people of the forum.
  await expect(page.locator("tbody tr")).toHaveCount(20);
  // Make sure the outbox holds at least one email, then open it.
  await page.request.post("/en/forgot-password", { form: { email: "member@demo.portolan.test" } });
  await page.goto("/en/admin/outbox");
  await page.locator("tbody tr a").first().click();
  await expect(page.locator(".email-body")).toBeVisible();
  await expectNoAxeViolations(page);
});
