import { defineConfig } from "vitest/config";

// Separate from vite.config.ts so that the Remix plugin does not run under vitest.
export default defineConfig({
  test: {
    include: [
      "app/**/*.test.{ts,tsx}",
      "tests/integration/**/*.test.ts",
      "tests/routes/**/*.test.{ts,tsx}",
      "tests/lint/**/*.test.ts",
      "server/**/*.test.ts",
      "scripts/**/*.test.ts",
    ],
    globalSetup: ["./tests/setup/global-setup.ts"],
    // console.ts first: an error logged while the database is set up counts too.
    setupFiles: ["./tests/setup/console.ts", "./tests/setup/setup-db.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    env: { NODE_ENV: "test", LOG_REQUESTS: "false" },
  },
});
