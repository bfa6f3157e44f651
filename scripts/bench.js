// `npm run bench`: requests per second of Portolan's production build beside a
// bare node:http server sending a page of the same size, in the same run.
// Builds nothing: run `npm run build` first. Usage: npm run bench [-- --duration 10]
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";

const root = path.resolve(import.meta.dirname, "..");
const { values } = parseArgs({
  options: {
    duration: { type: "string", default: process.env.BENCH_DURATION ?? "10" },
    connections: { type: "string", default: "50" },
    // e.g. --database postgres://postgres@127.0.0.1:5432/test : measure on a PostgreSQL server (a scratch schema).
    database: { type: "string", default: "" },
    // e.g. --orgs 10000 : add that many generated organisations (npm run db:load-orgs) before measuring.
    orgs: { type: "string", default: "0" },
    // e.g. --posts 100000 : add generated forum posts (npm run db:load-forum) before measuring.
    posts: { type: "string", default: "0" },
    // e.g. --only directory : measure only routes whose name contains this text.
    only: { type: "string", default: "" },
  },
});
const duration = Number(values.duration);
const connections = Number(values.connections);

if (
  !existsSync(path.join(root, "build/server-main.js")) ||
  !existsSync(path.join(root, "build/content/catalogue.json"))
) {
  console.error("No build found: run `npm run build` first (bench measures, it does not build).");
  process.exit(1);
}

const catalogue = JSON.parse(readFileSync(path.join(root, "build/content/catalogue.json"), "utf8"));
const firstModule = catalogue.modules[0];
const lessonPath = `/de/learn/${firstModule.slug}/${firstModule.lessons[0].slug}`;

/** One user, one request at a time: the latency a person sees (p50/p95/p99 of `n` requests, ms). */
async function singleUserLatency(url, headers, n = 300) {
  const times = [];
  const server = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    const res = await fetch(url, { headers });
    await res.arrayBuffer();
    times.push(performance.now() - t0);
    // Server-Timing "search;dur=…": the search alone (queries, facets), without session, render and network.
    const dur = /search;dur=([\d.]+)/.exec(res.headers.get("server-timing") ?? "");
    if (dur) server.push(Number(dur[1]));
  }
  const pct = (list, q) => {
    const sorted = [...list].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  };
  return {
    p50: pct(times, 0.5),
    p95: pct(times, 0.95),
    p99: pct(times, 0.99),
    search: server.length ? { p50: pct(server, 0.5), p95: pct(server, 0.95) } : null,
  };
}

/** Pages to measure; later features add theirs here. `auth` signs in as the demo member first. */
const routes = [
  { name: "learning catalogue (de)", path: "/de/learn" },
  { name: "lesson, visitor (de)", path: lessonPath },
  { name: "lesson, signed in (de)", path: lessonPath, auth: "member@demo.portolan.test" },
  { name: "home (en)", path: "/en" },
  { name: "home (lt)", path: "/lt" },
  { name: "sign-in page (pl)", path: "/pl/login" },
  {
    name: "organisation page, signed in (de)",
    path: "/de/orgs/hafenwerk-kreativnetz-bremen",
    auth: "member@demo.portolan.test",
  },
  { name: "partner directory, visitor (en)", path: "/en/partners" },
  { name: "partner profile, visitor (de)", path: "/de/partners/telliskivi-loomelinnak-koostoo" },
  // Signed in, so the page cache is skipped: these measure the search itself. `latency` adds a one-user p95.
  {
    name: "directory, 2 facets, signed in",
    path: "/en/partners?country=PL&sector=design",
    auth: "member@demo.portolan.test",
    latency: true,
  },
  {
    name: "directory, text + 2 facets, signed in",
    path: "/en/partners?q=design&country=EE&type=HUB",
    auth: "member@demo.portolan.test",
    latency: true,
  },
  { name: "contacts board, signed in", path: "/en/contacts", auth: "orgadmin@demo.portolan.test" },
  { name: "forum, visitor (en)", path: "/en/forum" },
  { name: "forum category, visitor (de)", path: "/de/forum/internationalisation" },
  {
    name: "forum search, signed in",
    path: "/en/forum/search?q=study+trip+budget",
    auth: "member@demo.portolan.test",
    latency: true,
  },
  {
    name: "forum search one word, signed in",
    path: "/en/forum/search?q=Interreg",
    auth: "member@demo.portolan.test",
    latency: true,
  },
  // Needs --posts: the first generated topic has exactly 50 posts on one page.
  { name: "forum topic with 50 posts, visitor", path: "/en/forum/t/1000000-generated-0", needs: "posts" },
  {
    name: "forum topic with 50 posts, signed in",
    path: "/en/forum/t/1000000-generated-0",
    auth: "member@demo.portolan.test",
    needs: "posts",
    latency: true,
  },
];

async function freePort() {
  const srv = net.createServer().listen(0);
  await new Promise((r) => srv.once("listening", r));
  const { port } = srv.address();
  await new Promise((r) => srv.close(r));
  return port;
}

async function startProcess(args, env, ready) {
  const proc = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  proc.stdout.on("data", (d) => (out += d));
  proc.stderr.on("data", (d) => (out += d));
  const deadline = Date.now() + 60_000;
  while (!out.includes(ready)) {
    if (Date.now() > deadline || proc.exitCode !== null) throw new Error(`process did not start:\n${out}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return proc;
}

function measure(url, headers = {}) {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections, duration, headers }, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

const scratch = mkdtempSync(path.join(os.tmpdir(), "portolan-bench-"));
let databaseUrl = "";
let dropSchema = async () => {};
if (values.database) {
  const { default: pg } = await import("pg");
  const schema = `bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: values.database });
  await admin.connect();
  await admin.query(`create schema "${schema}"`);
  const url = new URL(values.database);
  url.searchParams.set("schema", schema);
  databaseUrl = url.toString();
  dropSchema = async () => {
    await admin.query(`drop schema "${schema}" cascade`);
    await admin.end();
  };
}
const extraOrgs = Number(values.orgs);
const extraPosts = Number(values.posts);
const appEnv = (port) => ({
  NODE_ENV: "production",
  PORTOLAN_DEMO: "1",
  SEED_DEMO: "auto",
  PORT: String(port),
  PGLITE_DIR: path.join(scratch, "db"),
  LOG_REQUESTS: "false",
  DATABASE_URL: databaseUrl,
});

/** Runs a loader script against the scratch database (the app must not be running: PGlite has one owner). */
async function load(script, args) {
  const started = Date.now();
  const child = spawn(path.join(root, "node_modules/.bin/tsx"), [script, ...args], {
    cwd: root,
    env: { ...process.env, PGLITE_DIR: path.join(scratch, "db"), DATABASE_URL: databaseUrl },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const code = await new Promise((r) => child.once("exit", r));
  if (code !== 0) throw new Error(`${script} failed (${code})`);
  console.log(`${script} ${args.join(" ")}: ${Date.now() - started} ms`);
}
if (extraOrgs > 0) await load("scripts/db-load-orgs.ts", ["--orgs", String(extraOrgs)]);
if (extraPosts > 0) {
  // Forum posts need the demo people: start the app once to load the demo data, then add the posts.
  const first = await startProcess(["build/server-main.js"], appEnv(await freePort()), "listening");
  first.kill("SIGTERM");
  await new Promise((r) => first.once("exit", r));
  await load("scripts/db-load-forum.ts", ["--posts", String(extraPosts)]);
}
const appPort = await freePort();
const barePort = await freePort();
const app = await startProcess(["build/server-main.js"], appEnv(appPort), "listening");
const appUrl = (p) => `http://127.0.0.1:${appPort}${p}`;

try {
  const page = await (await fetch(appUrl("/en"))).text();
  const bare = await startProcess(
    [
      "-e",
      `const body = Buffer.from(process.env.BODY); require("node:http").createServer((q, s) => { s.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-length": body.length }); s.end(body); }).listen(${barePort}, () => console.log("listening"));`,
    ],
    { BODY: page },
    "listening",
  );
  const rows = [];
  const latencies = [];
  try {
    const baseline = await measure(`http://127.0.0.1:${barePort}/`);
    rows.push({ name: `bare node:http (${Buffer.byteLength(page)} B)`, r: baseline });
    for (const route of routes.filter((r) => r.name.includes(values.only) && (r.needs !== "posts" || extraPosts > 0))) {
      const headers = {};
      if (route.auth) {
        const res = await fetch(appUrl("/en/login"), {
          method: "POST",
          redirect: "manual",
          headers: { "Content-Type": "application/x-www-form-urlencoded" },
          body: new URLSearchParams({ email: route.auth, password: process.env.DEMO_PASSWORD ?? "portolan-demo-2026" }),
        });
        headers.cookie = res.headers
          .getSetCookie()
          .map((c) => c.split(";")[0])
          .join("; ");
      }
      const check = await fetch(appUrl(route.path), { headers, redirect: "manual" });
      if (check.status !== 200) throw new Error(`${route.path} answered ${check.status}`);
      if (route.latency)
        latencies.push({
          name: `${route.name} ${route.path}`,
          l: await singleUserLatency(appUrl(route.path), headers),
        });
      rows.push({ name: `${route.name} ${route.path}`, r: await measure(appUrl(route.path), headers) });
    }
  } finally {
    bare.kill("SIGTERM");
  }
  const base = rows[0].r.requests.average;
  const fmt = (n) => String(Math.round(n)).padStart(8);
  console.log(
    `\n${connections} connections, ${duration} s per route, node ${process.version}, ${os.cpus().length} cores, database: ${values.database ? "PostgreSQL server" : "embedded PGlite"}${extraOrgs ? `, +${extraOrgs} generated organisations` : ""}${extraPosts ? `, +${extraPosts} generated forum posts` : ""}\n`,
  );
  console.log(
    `${"route".padEnd(64)} ${"req/s".padStart(8)} ${"p50 ms".padStart(8)} ${"p99 ms".padStart(8)} ${"ratio".padStart(8)}  non-2xx`,
  );
  for (const { name, r } of rows) {
    const ratio = ((r.requests.average / base) * 100).toFixed(1) + " %";
    console.log(
      `${name.padEnd(64)} ${fmt(r.requests.average)} ${fmt(r.latency.p50)} ${fmt(r.latency.p99)} ${ratio.padStart(8)}  ${r.non2xx}`,
    );
  }
  if (latencies.length) {
    console.log(`\none user, sequential requests (300 each):`);
    console.log(
      `${"route (page: whole HTTP request; search: Server-Timing)".padEnd(64)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)} ${"p99 ms".padStart(8)} ${"search p50".padStart(11)} ${"search p95".padStart(11)}`,
    );
    const f = (n) => (n === undefined ? "—" : n.toFixed(1));
    for (const { name, l } of latencies)
      console.log(
        `${name.padEnd(64)} ${f(l.p50).padStart(8)} ${f(l.p95).padStart(8)} ${f(l.p99).padStart(8)} ${f(l.search?.p50).padStart(11)} ${f(l.search?.p95).padStart(11)}`,
      );
  }
} finally {
  app.kill("SIGTERM");
  await new Promise((r) => app.once("exit", r));
  rmSync(scratch, { recursive: true, force: true });
  await dropSchema();
}
