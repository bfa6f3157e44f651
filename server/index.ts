// Portolan's HTTP server: Express around the Remix request handler.
// Production serves the built app; development mounts Vite's middleware.
// `npm run build` bundles this folder into build/server-main.js (decision 033):
// both sit one level below the root, so paths relative to this file hold in both.
import crypto from "node:crypto";
import type { ServerBuild } from "@remix-run/node";
import closeWithGrace from "close-with-grace";
import compression from "compression";
import express from "express";
import { bodyLimit } from "./body-limit.ts";
import { clientIp } from "./client-ip.ts";
import { csrfGuard } from "./csrf.ts";
import { requestLogger } from "./logging.ts";
import { createCachingRequestHandler } from "./page-cache.ts";
import { securityHeaders } from "./security-headers.ts";

/** What app/entry.server.tsx exports for the server besides Remix's handlers. */
interface PortolanEntry {
  startup(): Promise<void>;
  shutdown(): Promise<void>;
  isReady(): Promise<boolean>;
  localeCookieHeader(pathname: string, cookieHeader: string | undefined): string | undefined;
  env(): {
    PORT: number;
    TRUST_PROXY?: string;
    LOG_REQUESTS: "true" | "false";
    PAGE_CACHE_TTL_MS: number;
    PORTOLAN_TEST_HOOKS: "0" | "1";
  };
}
type PortolanBuild = ServerBuild & { entry: { module: PortolanEntry } };

// The one direct read: it decides whether Vite runs, before the app (and its env schema) is loaded.
// eslint-disable-next-line no-restricted-properties
const MODE = process.env.NODE_ENV ?? "development";
const BUILD_PATH = new URL("../build/server/index.js", import.meta.url).href;

const viteDevServer =
  MODE === "production"
    ? undefined
    : await import("vite").then((vite) => vite.createServer({ server: { middlewareMode: true } }));

/** The Remix server build: built once in production, reloaded through Vite in development. */
const loadBuild = async (): Promise<PortolanBuild> =>
  (viteDevServer
    ? await viteDevServer.ssrLoadModule("virtual:remix/server-build")
    : await import(BUILD_PATH)) as PortolanBuild;

const build = await loadBuild();
const entry = build.entry.module;
try {
  await entry.startup();
} catch (e) {
  // Known set-up problems (a data directory in use, a schema we may not create) are one line, not a stack trace.
  if (!(e instanceof Error) || e.name !== "StartupError") throw e;
  console.error(`Portolan cannot start: ${e.message}`);
  await entry.shutdown().catch(() => {});
  process.exit(1);
}
const env = entry.env();

const app = express();
app.disable("x-powered-by");
if (env.TRUST_PROXY) app.set("trust proxy", /^\d+$/.test(env.TRUST_PROXY) ? Number(env.TRUST_PROXY) : env.TRUST_PROXY);

// Probes come first: no session, no logging, no compression.
app.get("/healthz", (_req, res) => {
  res.type("text/plain").send("ok");
});
app.get("/readyz", (_req, res, next) => {
  entry.isReady().then((ready) => {
    res
      .status(ready ? 200 : 503)
      .type("text/plain")
      .send(ready ? "ready" : "database unreachable");
  }, next);
});

if (env.PORTOLAN_TEST_HOOKS === "1") {
  // Only for the graceful-shutdown test: a request that is still running when SIGTERM arrives.
  app.get("/__test/slow", (req, res) => {
    setTimeout(() => res.type("text/plain").send("finished"), Number(req.query.ms ?? 500));
  });
}

if (env.LOG_REQUESTS !== "false") app.use(requestLogger());
app.use(compression());

app.use((_req, res, next) => {
  res.locals.cspNonce = crypto.randomBytes(16).toString("base64");
  next();
});
app.use(securityHeaders({ mode: MODE }));
app.use(csrfGuard());
app.use(bodyLimit());

if (viteDevServer) {
  app.use(viteDevServer.middlewares);
} else {
  app.use("/assets", express.static("build/client/assets", { immutable: true, maxAge: "1y", fallthrough: false }));
  // Only paths that look like files reach the disk: pages skip a stat() per request.
  const files = express.static("build/client", { maxAge: "1h", index: false });
  app.use((req, res, next) => (/\.[a-z0-9]+$/i.test(req.path) ? files(req, res, next) : next()));
}

app.all(
  "*",
  createCachingRequestHandler({
    build: viteDevServer ? loadBuild : build,
    mode: MODE,
    ttlMs: viteDevServer ? 0 : env.PAGE_CACHE_TTL_MS,
    getLoadContext: (req, res) => ({
      cspNonce: res.locals.cspNonce as string,
      clientIp: clientIp(req),
      responseHeaders: new Headers(),
    }),
    afterHit: (req, res) => {
      const cookie = entry.localeCookieHeader(req.path, req.headers.cookie);
      if (cookie) res.append("Set-Cookie", cookie);
    },
  }),
);

const server = app.listen(env.PORT, () => {
  console.log(`Portolan listening on http://localhost:${env.PORT} (${MODE})`);
});

// SIGTERM/SIGINT: stop accepting, let in-flight requests finish, close the database, exit 0.
closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
  if (err) console.error(err);
  console.log(`shutting down${signal ? ` on ${signal}` : ""}`);
  await new Promise((resolve) => {
    server.close(resolve);
    server.closeIdleConnections();
  });
  await viteDevServer?.close();
  await entry.shutdown();
  console.log("shut down cleanly");
});
