import { expect, expectNoAxeViolations, signIn, signOut, test } from "./fixtures.ts";

test("a topic in Polish, a quoted reply, the notification, the solution; a moderator hides a post", async ({
  page,
}) => {
  // Mia writes a new topic in the Polish interface; the post language follows the UI.
  await signIn(page, "member@demo.portolan.test", "pl");
  await page.goto("/pl/forum");
  await expectNoAxeViolations(page);
  await page.locator("main a.button[href='/pl/forum/new']").click();
  await expect(page.locator("#language")).toHaveValue("pl");
  await page.locator("#categoryId").selectOption({ index: 1 });
  await page.locator("#title").fill("Jak wyceniacie wizyty studyjne dla partnerów?");
  await page.locator("#body").fill("Planujemy **wizytę studyjną** w Gdańsku. Ile kosztuje dzień programu?");
  await page.locator("button[value=preview]").click();
  await expect(page.locator(".post-preview strong")).toHaveText("wizytę studyjną");
  await expectNoAxeViolations(page);
  await page.locator("button[value=create]").click();
  await expect(page.locator("h1")).toHaveText("Jak wyceniacie wizyty studyjne dla partnerów?");
  const topicUrl = new URL(page.url()).pathname;
  await expectNoAxeViolations(page);
  await signOut(page);

  // Eeva quotes the opening post and replies.
  await signIn(page, "partner@demo.portolan.test");
  await page.goto(topicUrl.replace("/pl/", "/en/"));
  await page.locator("#post-1").getByRole("link", { name: "Quote and reply" }).click();
  const body = page.locator("#reply-body");
  await expect(body).toHaveValue(/^> \*\*Mia Member\*\* \(#1\):/);
  await body.press("End");
  await body.pressSequentially("W Tallinnie liczymy 150 EUR za dzień, razem z przewodnikiem.");
  await page.locator("#reply-language").selectOption("pl");
  await page.locator("button[value=reply]").click();
  await expect(page.locator("#post-2 blockquote")).toContainText("Planujemy");
  await expect(page.locator("#post-2")).toContainText("150 EUR");
  await signOut(page);

  // Mia gets the notification, follows it and marks the reply as the solution.
  await signIn(page, "member@demo.portolan.test", "pl");
  await expect(page.locator(".count-badge").filter({ visible: true })).toBeVisible();
  await page.goto("/pl/notifications");
  await expectNoAxeViolations(page);
  await page.locator(".notification-list li.unread a", { hasText: "Eeva Partner" }).first().click();
  await expect(page.locator("#post-2")).toBeVisible();
  await page.locator("#post-2 button[value=solution]").click();
  await expect(page.locator("#post-2")).toHaveClass(/post-solution/);
  await signOut(page);

  // The moderator hides the reply; it is gone for others and the audit log has it.
  await signIn(page, "moderator@demo.portolan.test");
  await page.goto(topicUrl.replace("/pl/", "/en/"));
  await page.locator("#post-2 button[value=hide]").click();
  await expect(page.locator("#post-2")).toHaveClass(/post-hidden/);
  await page.goto("/en/admin/audit");
  await expect(page.locator("tbody tr").first()).toContainText("Hid a post");
  await expectNoAxeViolations(page);
  await signOut(page);
  await page.goto(topicUrl);
  await expect(page.locator("#post-1")).toBeVisible();
  await expect(page.locator("#post-2")).toHaveCount(0);
});

test("forum pages pass axe; search finds posts and hides members-only ones from visitors", async ({ page }) => {
  await page.goto("/en/forum/internationalisation");
  await expectNoAxeViolations(page);
  await page.goto("/de/forum/search?q=Interreg");
  await expect(page.locator(".search-results li").first()).toBeVisible();
  await expect(page.locator(".snippet mark").first()).toBeVisible();
  await expectNoAxeViolations(page);
  const members = await page.goto("/en/forum/partner-search");
  expect(members?.status()).toBe(404);
  await signIn(page, "member@demo.portolan.test");
  const asMember = await page.goto("/en/forum/partner-search");
  expect(asMember?.status()).toBe(200);
  await expectNoAxeViolations(page);
  await page.goto("/en/forum/flags");
  expect((await page.goto("/en/forum/flags"))?.status()).toBe(403);
});
