import { expect, expectNoAxeViolations, test } from "./fixtures.ts";

test("a cross-origin POST is refused with 403", async ({ request }) => {
  const response = await request.post("/en/login", {
    headers: { Origin: "https://evil.example", "Content-Type": "application/x-www-form-urlencoded" },
    data: "email=member%40demo.portolan.test&password=x",
  });
  expect(response.status()).toBe(403);
  const sameOrigin = await request.post("/en/login", {
    headers: { Origin: "http://localhost:3210", "Content-Type": "application/x-www-form-urlencoded" },
    data: "email=nobody%40example.test&password=x",
  });
  expect(sameOrigin.status()).toBe(400);
});

test("repeated failed sign-ins on one account get a translated 429 page", async ({ page }) => {
  const email = `locked-${Date.now()}@example.test`;
  let status = 0;
  for (let i = 0; i < 7 && status !== 429; i++) {
    await page.goto("/fi/login");
    await page.locator('input[name="email"]').fill(email);
    await page.locator('input[name="password"]').fill("wrong password");
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST"),
      page.locator("form#login button[type=submit]").click(),
    ]);
    status = response.status();
  }
  expect(status).toBe(429);
  await expect(page.locator("h1")).not.toHaveText("Too many attempts");
  await expect(page.locator(".error-code")).toHaveText("429");
  await expectNoAxeViolations(page);
});

test("probes answer without a session", async ({ request }) => {
  expect((await request.get("/healthz")).status()).toBe(200);
  expect((await request.get("/readyz")).status()).toBe(200);
});
