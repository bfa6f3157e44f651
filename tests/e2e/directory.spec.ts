import { expect, expectNoAxeViolations, signIn, signOut, test } from "./fixtures.ts";

const TELLISKIVI = "Telliskivi Loomelinnak Koostöö";

test("find an Estonian design partner open for visits, request contact, accept it, and see it on both boards", async ({
  page,
}) => {
  // A member of Hafenwerk (Bremen) searches the directory with the filter form.
  await signIn(page, "member@demo.portolan.test");
  await page.goto("/en/partners");
  await expectNoAxeViolations(page);
  // With JavaScript each change applies at once (the button does it without).
  await page.getByLabel("Country", { exact: true }).selectOption("EE");
  await expect(page).toHaveURL(/country=EE/);
  await page.getByLabel("Creative sector", { exact: true }).selectOption("design");
  await expect(page).toHaveURL(/sector=design/);
  await page.getByRole("checkbox", { name: /Open for study visits/ }).check();
  await expect(page).toHaveURL(/visits=1/);
  await page.getByRole("button", { name: "Show results" }).click();
  const results = page.locator(".org-results");
  await expect(results).toContainText(TELLISKIVI);
  for (const place of await results.locator(".org-card .muted").allTextContents()) expect(place).toContain("Estonia");
  await expectNoAxeViolations(page);

  await results.getByRole("link", { name: TELLISKIVI }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(TELLISKIVI);
  await expectNoAxeViolations(page);
  await page
    .getByLabel("Message")
    .fill("Hafenwerk plans a design study trip to Tallinn in spring. Could we visit your studios?");
  await page.getByRole("button", { name: "Send contact request" }).click();
  // Consent is required: the error is beside the field, nothing is sent.
  await expect(page.locator(".field-errors")).toContainText("agree");
  await page.getByLabel(/I agree/).check();
  await page.getByRole("button", { name: "Send contact request" }).click();
  await expect(page.getByRole("status")).toContainText("contact request is sent");
  await signOut(page);

  // The admin of Telliskivi sees the notification in Estonian and accepts.
  await signIn(page, "partner@demo.portolan.test", "et");
  await page.goto("/et/notifications");
  await expectNoAxeViolations(page);
  await page.locator(".notification-list a").first().click();
  await expect(page).toHaveURL(/\/et\/contacts\/requests/);
  await expect(page.locator(".request-list")).toContainText("Hafenwerk Kreativnetz Bremen");
  await expectNoAxeViolations(page);
  await page.locator(".request-list li", { hasText: "Hafenwerk" }).locator("button[value=accept]").click();
  await expect(page.getByRole("status")).toBeVisible();
  await expect(page.locator(".request-list")).toContainText("member@demo.portolan.test");
  await page.goto("/et/contacts");
  await expect(page.locator(".board")).toContainText("Mia Member");
  await expectNoAxeViolations(page);
  await signOut(page);

  // Back at Hafenwerk: the contact is on the board, with Telliskivi's admin as person.
  await signIn(page, "member@demo.portolan.test");
  await page.goto("/en/contacts");
  const column = page.locator(".board-column", { has: page.getByRole("heading", { name: /Contacted/ }) });
  await expect(column).toContainText("Eeva Partner");
  await expect(column).toContainText(TELLISKIVI);
});

test("the board moves a contact by keyboard; the table sorts and filters; axe is clean", async ({ page }) => {
  await signIn(page, "orgadmin@demo.portolan.test");
  await page.goto("/en/contacts");
  await expectNoAxeViolations(page);
  const card = page.locator(".board-card", { hasText: "Liisa Virtanen" });
  await card.getByLabel(/Stage of Liisa Virtanen/).selectOption("MET");
  await card.getByRole("button", { name: /Move Liisa Virtanen/ }).press("Enter");
  const met = page.locator(".board-column", { has: page.getByRole("heading", { name: /^Met/ }) });
  await expect(met).toContainText("Liisa Virtanen");

  await page.getByRole("link", { name: "Table" }).click();
  await page.getByRole("link", { name: "Due on" }).click();
  await expect(page.locator("th[aria-sort=ascending]")).toHaveText("Due on");
  await page.getByLabel("Stage").selectOption("MET");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.locator("tbody")).toContainText("Liisa Virtanen");
  await expect(page.locator("tbody")).not.toContainText("Jonas Petraitis");
  await expectNoAxeViolations(page);

  await page
    .locator("tbody")
    .getByRole("link", { name: /Liisa Virtanen/ })
    .click();
  await expect(page.locator(".timeline")).toContainText("Moved from Identified to Met");
  await page.getByLabel("Note").fill("Agreed to meet at the Tampere game week.");
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(page.locator(".timeline")).toContainText("Tampere game week");
  await expectNoAxeViolations(page);
});

test("a new contact with bad input shows translated errors beside the fields (German, without JavaScript)", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, "orgadmin@demo.portolan.test", "de");
  await page.goto("/de/contacts/new");
  await page.getByLabel("E-Mail").fill("keine-adresse");
  await page.getByRole("button", { name: /Kontakt speichern/ }).click();
  await expect(page.locator("#new-contact-personName-error, [id$='personName-error']").first()).toBeVisible();
  await expect(page.locator(".field-errors").first()).not.toContainText("validation:");
  await page.getByLabel("Person").fill("Greta Lind");
  await page.getByLabel("E-Mail").fill("greta@example.org");
  await page.getByRole("button", { name: /Kontakt speichern/ }).click();
  await expect(page.locator("h1")).toHaveText("Greta Lind");
  await context.close();
});

test("an outsider gets 404 for another organisation's contact", async ({ page }) => {
  await signIn(page, "orgadmin@demo.portolan.test");
  await page.goto("/en/contacts?view=table");
  const href = await page.locator("tbody a").first().getAttribute("href");
  await signOut(page);
  await signIn(page, "partner@demo.portolan.test");
  const response = await page.goto(href!);
  expect(response?.status()).toBe(404);
});

test("the directory works in Polish and the profile edit page is accessible", async ({ page }) => {
  await page.goto("/pl/partners?q=design&sort=name");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Katalog/);
  await expectNoAxeViolations(page);
  await signIn(page, "orgadmin@demo.portolan.test");
  await page.goto("/en/partners/hafenwerk-kreativnetz-bremen/edit");
  await expectNoAxeViolations(page);
  await page.getByLabel("City").fill("Atlantis");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.locator(".field-errors")).toContainText("do not know this city");
  await page.getByLabel("City").fill("bremen");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByRole("status")).toContainText("profile is saved");
});
