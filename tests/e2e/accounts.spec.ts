import { DEMO_PASSWORD, expect, expectNoAxeViolations, linkFromOutbox, signIn, test } from "./fixtures.ts";

for (const locale of ["en", "pl"] as const) {
  test(`sign up → verify → sign out → sign in (${locale})`, async ({ page }) => {
    const email = `newcomer-${locale}-${Date.now()}@example.test`;
    await page.goto(`/${locale}/signup`);
    await expectNoAxeViolations(page);

    // Server-side validation first: an empty form comes back with translated errors beside the fields.
    await page.locator("form#signup").evaluate((f: HTMLFormElement) => f.setAttribute("novalidate", ""));
    await page.locator("form#signup button[type=submit]").click();
    await expect(page.locator("#signup-name-error, [id$='-name-error']").first()).toBeVisible();
    await expectNoAxeViolations(page);

    await page.locator('input[name="name"]').fill(locale === "pl" ? "Zofia Wiśniewska" : "Nora Newcomer");
    await page.locator('input[name="email"]').fill(email);
    await page.locator('input[name="password"]').fill("a long enough passphrase");
    await page.locator('input[name="consent"]').check();
    await page.locator("form#signup button[type=submit]").click();
    // The same answer for a new and a known address (no account probing): check your inbox. The link signs in.
    await expect(page).toHaveURL(new RegExp(`/${locale}/signup/sent$`));
    await expect(page.locator(".notice-success")).toBeVisible();
    await expectNoAxeViolations(page);

    const link = await linkFromOutbox(page, email);
    expect(link).toContain(`/${locale}/verify-email/`);
    await page.goto(new URL(link).pathname);
    await expect(page.locator(".notice-success")).toBeVisible();
    // Once confirmed, the page no longer asks to confirm.
    await expect(page.locator("h1")).toHaveText(
      locale === "pl" ? "Adres e-mail potwierdzony" : "Email address confirmed",
    );
    await expectNoAxeViolations(page);

    await page.goto(`/${locale}/account`);
    await expect(page.locator(".callout")).toHaveCount(0);
    await page.locator(".account-nav form button").click();
    await expect(page).toHaveURL(new RegExp(`/${locale}$`));
    await expect(page.locator(".account-nav .sign-in-form button")).toBeVisible();

    await signIn(page, email, locale, "a long enough passphrase");
    await expect(page).toHaveURL(new RegExp(`/${locale}/account$`));
    await expect(page.locator(".badge-ok").first()).toBeVisible();
  });
}

test("a private page sends a visitor to sign in and back", async ({ page }) => {
  await page.goto("/de/account");
  await expect(page).toHaveURL(/\/de\/login\?redirectTo=%2Fde%2Faccount$/);
  await expectNoAxeViolations(page);
  await page.locator('input[name="email"]').fill("member@demo.portolan.test");
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
  await page.locator("form#login button[type=submit]").click();
  await expect(page).toHaveURL(/\/de\/account$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mein Konto");
});

test("wrong password shows a translated error and keeps nothing", async ({ page }) => {
  await page.goto("/lt/login");
  await page.locator('input[name="email"]').fill("member@demo.portolan.test");
  await page.locator('input[name="password"]').fill("wrong password");
  await page.locator("form#login button[type=submit]").click();
  await expect(page.locator(".form-errors")).toBeVisible();
  expect(await page.locator(".form-errors").innerText()).not.toContain("email address or password");
  await expectNoAxeViolations(page);
});

test("password reset by email link works once, without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/en/forgot-password");
  await page.locator('input[name="email"]').fill("outsider@demo.portolan.test");
  await page.locator("main form button[type=submit]").click();
  await expect(page.locator(".notice")).toBeVisible();
  const link = await linkFromOutbox(page, "outsider@demo.portolan.test");
  const path = new URL(link).pathname;
  await page.goto(path);
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
  await page.locator('input[name="confirm"]').fill(DEMO_PASSWORD);
  await page.locator("main form button[type=submit]").click();
  await expect(page).toHaveURL(/\/account\?notice=passwordReset$/);
  await page.goto(path);
  await expect(page.locator(".notice-error")).toBeVisible();
  await context.close();
});

test("forgot and reset pages pass axe", async ({ page }) => {
  await page.goto("/et/forgot-password");
  await expectNoAxeViolations(page);
  await page.goto("/et/reset-password/not-a-real-token");
  await expect(page.locator(".notice-error")).toBeVisible();
  await expectNoAxeViolations(page);
});

test("sessions list: sign out everywhere else", async ({ browser }) => {
  const first = await browser.newContext();
  const second = await browser.newContext();
  const a = await first.newPage();
  const b = await second.newPage();
  await signIn(a, "moderator@demo.portolan.test", "sv");
  await signIn(b, "moderator@demo.portolan.test", "sv");
  await a.goto("/sv/account");
  await expectNoAxeViolations(a);
  await a.locator('form:has(input[value="signOutOthers"]) button').click();
  await expect(a.locator(".notice")).toBeVisible();
  await b.goto("/sv/account");
  await expect(b).toHaveURL(/\/sv\/login/);
  await first.close();
  await second.close();
});
