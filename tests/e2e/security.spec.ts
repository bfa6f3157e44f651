import { expect, expectNoAxeViolations, test } from "./fixtures.ts";

test("a cross-origin POST is refused with 403", async ({ request, baseURL }) => {
  const response = await request.post("/en/login", {
    headers: { Origin: "https://evil.example", "Content-Type": "application/x-www-form-urlencoded" },
    data: "email=member%40demo.portolan.test&password=x",
  });
  expect(response.status()).toBe(403);
  const sameOrigin = await request.post("/en/login", {
    headers: { Origin: new URL(baseURL!).origin, "Content-Type": "application/x-www-form-urlencoded" },
    data: "email=nobody%40example.test&password=x",
  });
  expect(sameOrigin.status()).toBe(400);
});

test("repeated failed sign-ins from one client get a translated 429 beside the form", async ({ page }) => {
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
  // The client is limited, not the account: the form stays, with the Finnish message and the way in by email.
  await expect(page.locator("form#login")).toContainText("Liian monta epäonnistunutta kirjautumisyritystä");
  await expectNoAxeViolations(page);
});

test("probes answer without a session", async ({ request }) => {
  expect((await request.get("/healthz")).status()).toBe(200);
  expect((await request.get("/readyz")).status()).toBe(200);
});

test("only lesson pages allow eval in their CSP, whether served fresh or from the page cache", async ({ request }) => {
  const home = await request.get("/en");
  expect(home.headers()["content-security-policy"]).not.toContain("unsafe-eval");
  const catalogue = await request.get("/en/learn");
  const href = /href="(\/en\/learn\/[a-z0-9-]+)"/.exec(await catalogue.text())![1];
  const module = await request.get(href);
  const lesson = /href="(\/en\/learn\/[a-z0-9-]+\/[a-z0-9-]+)"/.exec(await module.text())![1];
  for (let i = 0; i < 2; i++) {
    const response = await request.get(lesson);
    expect(response.headers()["content-security-policy"]).toContain("'unsafe-eval'");
    expect(response.headers()["content-security-policy"]).toMatch(/'nonce-[^']+'/);
  }
  const again = await request.get(lesson);
  expect(again.headers()["x-page-cache"]).toBe("hit");
  // Each response, cached or not, carries its own nonce in the header and the HTML.
  const nonce = /'nonce-([^']+)'/.exec(again.headers()["content-security-policy"])![1];
  expect(await again.text()).toContain(`nonce="${nonce}"`);
  const next = await request.get(lesson);
  expect(/'nonce-([^']+)'/.exec(next.headers()["content-security-policy"])![1]).not.toBe(nonce);
});
