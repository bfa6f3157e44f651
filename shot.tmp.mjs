import { chromium } from "@playwright/test";
const base = "http://localhost:3300";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
const errors = [];
page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
async function shot(path, name, full = false) { const r = await page.goto(base + path); console.log(path, r.status()); await page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: full }); }
const who = process.argv[2];
if (who) {
  await page.goto(base + "/en/login");
  await page.fill("input[name=email]", who + "@demo.portolan.test");
  await page.fill("input[name=password]", "portolan-demo-2026");
  await page.click("form#login button[type=submit]");
  await page.waitForURL((u) => !u.pathname.endsWith("/login"));
}
await shot("/en/forum", "forum-" + (who ?? "visitor"));
await shot("/en/forum/internationalisation", "cat-" + (who ?? "visitor"));
await page.goto(base + "/en/forum/internationalisation");
await page.locator(".topic-list a").nth(1).click();
await page.waitForLoadState("networkidle");
console.log(page.url());
await page.screenshot({ path: `/tmp/shots/topic-${who ?? "visitor"}.png`, fullPage: true });
await shot("/pl/forum/search?q=design", "search-pl");
console.log("errors:", errors);
await browser.close();
