import { vitePlugin as remix } from "@remix-run/dev";
import { defineConfig } from "vite";
import remixConfig from "./remix.config.js";

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}

export default defineConfig({
  build: { target: "es2022", cssMinify: true },
  // i18next-fs-backend-style top-level awaits break the dep optimiser (STACK.md).
  optimizeDeps: { exclude: ["i18next-fs-backend"] },
  server: { hmr: { port: 24679 } },
  plugins: [
    remix({
      ...remixConfig,
    }),
  ],
});
