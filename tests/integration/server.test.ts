import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, test } from "vitest";

// These tests start the real production server (build/) as a child process.
const root = path.resolve(import.meta.dirname, "../..");
const scratch = mkdtempSync(path.join(os.tmpdir(), "portolan-server-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function freePort(): Promise<number> {
  const srv = net.createServer().listen(0);
  await new Promise((r) => srv.once("listening", r));
  const port = (srv.address() as net.AddressInfo).port;
  await new Promise((r) => srv.close(r));
  return port;
}

async function startServer(env: Record<string, string>) {
  if (!existsSync(path.join(root, "build/server-main.js")))
    throw new Error("build/ is missing: run `npm run build` first");
  const port = await freePort();
  const proc = spawn(process.execPath, ["build/server-main.js"], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: "production",
      SEED_DEMO: "never",
      LOG_REQUESTS: "false",
      PORT: String(port),
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  proc.stdout.on("data", (d) => (output += d));
  proc.stderr.on("data", (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => proc.on("exit", (code) => resolve(code)));
  const deadline = Date.now() + 30_000;
  while (!output.includes("listening")) {
    if (Date.now() > deadline || proc.exitCode !== null) throw new Error(`server did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { proc, port, exited, output: () => output, url: (p: string) => `http://127.0.0.1:${port}${p}` };
}

const stop = (proc: ChildProcess) => proc.exitCode === null && proc.kill("SIGTERM");

describe("production server", () => {
  test("SIGTERM lets an in-flight request finish, closes the database and exits 0", { timeout: 60_000 }, async () => {
    const server = await startServer({ PGLITE_DIR: path.join(scratch, "graceful"), PORTOLAN_TEST_HOOKS: "1" });
    try {
      expect((await fetch(server.url("/healthz"))).status).toBe(200);
      expect((await fetch(server.url("/readyz"))).status).toBe(200);
      const inFlight = fetch(server.url("/__test/slow?ms=1500"));
      await new Promise((r) => setTimeout(r, 300));
      server.proc.kill("SIGTERM");
      const response = await inFlight;
      expect(response.status).toBe(200);
      expect(await response.text()).toBe("finished");
      expect(await server.exited).toBe(0);
      expect(server.output()).toContain("shut down cleanly");
      await expect(fetch(server.url("/healthz"))).rejects.toThrow();
    } finally {
      stop(server.proc);
    }
  });

  test("GET /readyz answers 503 when the database becomes unreachable", { timeout: 60_000 }, async (ctx) => {
    const serverUrl = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
    const target = new URL(serverUrl);
    const admin = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 2000 });
    try {
      await admin.connect();
    } catch {
      ctx.skip("no PostgreSQL server reachable; CI provides one");
    }
    const schema = `readyz_${randomBytes(4).toString("hex")}`;
    await admin.query(`create schema "${schema}"`);
    // A TCP proxy in front of PostgreSQL that the test can cut, like a network failure.
    const sockets = new Set<net.Socket>();
    const proxy = net.createServer((client) => {
      const upstream = net.connect(Number(target.port || 5432), target.hostname);
      sockets.add(client).add(upstream);
      client.pipe(upstream).pipe(client);
      const drop = () => (client.destroy(), upstream.destroy());
      client.on("error", drop);
      upstream.on("error", drop);
    });
    await new Promise<void>((r) => proxy.listen(0, "127.0.0.1", r));
    const proxyPort = (proxy.address() as net.AddressInfo).port;
    const url = new URL(serverUrl);
    url.host = `127.0.0.1:${proxyPort}`;
    url.searchParams.set("schema", schema);
    const server = await startServer({ DATABASE_URL: url.toString() });
    try {
      expect((await fetch(server.url("/readyz"))).status).toBe(200);
      proxy.close();
      for (const s of sockets) s.destroy();
      const response = await fetch(server.url("/readyz"));
      expect(response.status).toBe(503);
      expect((await fetch(server.url("/healthz"))).status).toBe(200);
    } finally {
      stop(server.proc);
      await server.exited;
      await admin.query(`drop schema "${schema}" cascade`);
      await admin.end();
    }
  });
});
