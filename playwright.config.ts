import { defineConfig } from "@playwright/test";

// E2E journeys run against the production build on a scratch PGlite with the
// demo data, in Debian's Chromium (Playwright's own download is unreachable).
const PORT = Number(process.env.E2E_PORT ?? 3210);

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: {
    command: "rm -rf data/e2e && node build/server-main.js",
    url: `http://localhost:${PORT}/healthz`,
    reuseExistingServer: false,
    timeout: 90_000,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      PORT: String(PORT),
      NODE_ENV: "production",
      PORTOLAN_DEMO: "1",
      SEED_DEMO: "auto",
      PGLITE_DIR: "data/e2e",
      LOG_REQUESTS: "false",
      COOKIE_SECURE: "false",
      // Every journey signs in from 127.0.0.1; the per-account limit is still tested.
      RATE_LIMIT_PER_IP_FACTOR: "100",
    },
  },
});
