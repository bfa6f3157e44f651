import { chromium } from "@playwright/test";
const base = "http://localhost:3300";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
const errors = [];
page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
async function shot(path, name, full = true) { await page.goto(base + path); await page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: full }); }
const which = process.argv[2] ?? "visitor";
if (which === "visitor") {
  await shot("/en/partners", "dir-en", false);
  await shot("/et/partners?country=EE&sector=design&visits=1", "dir-et-filtered", false);
  await shot("/de/partners/telliskivi-loomelinnak-koostoo", "profile-de");
} else {
  await page.goto(base + "/en/login");
  await page.fill("input[name=email]", which + "@demo.portolan.test");
  await page.fill("input[name=password]", "portolan-demo-2026");
  await page.click("form button[type=submit]:not(.link-button)");
  await page.waitForLoadState("networkidle");
  await shot("/en/contacts", which + "-board", false);
  await shot("/en/contacts?view=table", which + "-table", false);
  await shot("/en/contacts/requests", which + "-requests");
  await shot("/en/partners/telliskivi-loomelinnak-koostoo", which + "-profile");
  await shot("/en/partners/hafenwerk-kreativnetz-bremen/edit", which + "-edit", false);
  await shot("/en/notifications", which + "-notifications", false);
}
console.log("errors:", errors);
await browser.close();
