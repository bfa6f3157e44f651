// Portolan's HTTP server: Express around the Remix request handler.
// Production serves the built app; development mounts Vite's middleware.
import crypto from "node:crypto";
import closeWithGrace from "close-with-grace";
import compression from "compression";
import express from "express";
import { clientIp } from "./client-ip.js";
import { bodyLimit } from "./body-limit.js";
import { csrfGuard } from "./csrf.js";
import { requestLogger } from "./logging.js";
import { createCachingRequestHandler } from "./page-cache.js";
import { securityHeaders } from "./security-headers.js";

const MODE = process.env.NODE_ENV ?? "development";
const PORT = Number(process.env.PORT ?? 3000);
const BUILD_PATH = new URL("../build/server/index.js", import.meta.url).href;

const viteDevServer =
  MODE === "production"
    ? undefined
    : await import("vite").then((vite) => vite.createServer({ server: { middlewareMode: true } }));

/** The Remix server build: built once in production, reloaded through Vite in development. */
const loadBuild = () =>
  viteDevServer ? viteDevServer.ssrLoadModule("virtual:remix/server-build") : import(BUILD_PATH);

const build = await loadBuild();
try {
  await build.entry.module.startup();
} catch (e) {
  // Known set-up problems (a data directory in use, a schema we may not create) are one line, not a stack trace.
  if (e?.name !== "StartupError") throw e;
  console.error(`Portolan cannot start: ${e.message}`);
  await build.entry.module.shutdown().catch(() => {});
  process.exit(1);
}

const app = express();
app.disable("x-powered-by");
if (process.env.TRUST_PROXY) app.set("trust proxy", /^\d+$/.test(process.env.TRUST_PROXY) ? Number(process.env.TRUST_PROXY) : process.env.TRUST_PROXY);

// Probes come first: no session, no logging, no compression.
app.get("/healthz", (_req, res) => {
  res.type("text/plain").send("ok");
});
app.get("/readyz", async (_req, res) => {
  const ready = await build.entry.module.isReady();
  res.status(ready ? 200 : 503).type("text/plain").send(ready ? "ready" : "database unreachable");
});

if (process.env.PORTOLAN_TEST_HOOKS === "1") {
  // Only for the graceful-shutdown test: a request that is still running when SIGTERM arrives.
  app.get("/__test/slow", (req, res) => {
    setTimeout(() => res.type("text/plain").send("finished"), Number(req.query.ms ?? 500));
  });
}

if (process.env.LOG_REQUESTS !== "false") app.use(requestLogger());
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
    ttlMs: viteDevServer ? 0 : Number(process.env.PAGE_CACHE_TTL_MS ?? 60_000),
    getLoadContext: (req, res) => ({
      cspNonce: res.locals.cspNonce,
      clientIp: clientIp(req),
      responseHeaders: new Headers(),
    }),
    afterHit: (req, res) => {
      const cookie = build.entry.module.localeCookieHeader(req.path, req.headers.cookie);
      if (cookie) res.append("Set-Cookie", cookie);
    },
  }),
);

const server = app.listen(PORT, () => {
  console.log(`Portolan listening on http://localhost:${PORT} (${MODE})`);
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
  await build.entry.module.shutdown();
  console.log("shut down cleanly");
});
