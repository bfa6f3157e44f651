import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, test } from "vitest";

// The real production server (build/) as a child process: one data directory per
// instance, the embedded database's lock, body caps, imports, a PostgreSQL schema.
const root = path.resolve(import.meta.dirname, "../..");
const scratch = mkdtempSync(path.join(os.tmpdir(), "portolan-robust-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function freePort(): Promise<number> {
  const srv = net.createServer().listen(0);
  await new Promise((r) => srv.once("listening", r));
  const port = (srv.address() as net.AddressInfo).port;
  await new Promise((r) => srv.close(r));
  return port;
}

type Server = Awaited<ReturnType<typeof spawnServer>>;

async function spawnServer(env: Record<string, string>) {
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
  return { proc, port, exited, output: () => output, url: (p: string) => `http://127.0.0.1:${port}${p}` };
}

async function startServer(env: Record<string, string>) {
  const server = await spawnServer(env);
  const deadline = Date.now() + 60_000;
  while (!server.output().includes("listening")) {
    if (Date.now() > deadline || server.proc.exitCode !== null)
      throw new Error(`server did not start:\n${server.output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return server;
}

const stop = async (server: Server) => {
  if (server.proc.exitCode === null) server.proc.kill("SIGTERM");
  await server.exited;
};

describe("one embedded data directory, one server", () => {
  test(
    "a second server on the same PGLITE_DIR exits at once with a clear message; the first keeps serving; after kill -9 the next start recovers",
    { timeout: 180_000 },
    async () => {
      const dir = path.join(scratch, "shared");
      const first = await startServer({ PGLITE_DIR: dir });
      try {
        const started = Date.now();
        const second = await spawnServer({ PGLITE_DIR: dir });
        expect(await second.exited).toBe(1);
        expect(second.output()).toContain(`is in use by another Portolan process (pid ${first.proc.pid})`);
        expect(second.output()).not.toMatch(/\n\s+at /); // one line, no stack trace
        expect(Date.now() - started).toBeLessThan(15_000);
        expect((await fetch(first.url("/healthz"))).status).toBe(200);
        expect((await fetch(first.url("/readyz"))).status).toBe(200);
      } finally {
        first.proc.kill("SIGKILL");
        await first.exited;
      }
      // The dead holder's lock is stale: the next server takes it and says that it recovers.
      const third = await startServer({ PGLITE_DIR: dir });
      try {
        expect(third.output()).toContain(`the previous run (pid ${first.proc.pid}) ended without closing`);
        expect((await fetch(third.url("/readyz"))).status).toBe(200);
      } finally {
        await stop(third);
      }
      expect(existsSync(`${dir}.lock`)).toBe(false);
    },
  );
});

/** Sends only the headers and the first KB of a body announced as `length` bytes; resolves with the response head. */
function partialPost(port: number, pathname: string, length: number, type = "application/x-www-form-urlencoded") {
  return new Promise<{ status: number; head: string; ms: number; sent: number }>((resolve, reject) => {
    const started = Date.now();
    const socket = net.connect(port, "127.0.0.1");
    let head = "";
    let sent = 0;
    socket.on("connect", () => {
      socket.write(
        `POST ${pathname} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: ${type}\r\nContent-Length: ${length}\r\n\r\n`,
      );
      const chunk = Buffer.alloc(1024, "a");
      socket.write(chunk);
      sent += chunk.length;
    });
    socket.on("data", (d) => {
      head += d.toString("latin1");
      if (head.includes("\r\n\r\n")) {
        socket.destroy();
        resolve({ status: Number(head.split(" ")[1]), head, ms: Date.now() - started, sent });
      }
    });
    socket.on("error", reject);
  });
}

async function signIn(server: Server, email: string) {
  const response = await fetch(server.url("/en/login"), {
    method: "POST",
    body: new URLSearchParams({ email, password: "portolan-demo-2026" }),
    headers: { Origin: server.url("") },
    redirect: "manual",
  });
  expect(response.status).toBe(302);
  return response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

const contactsCsv = (rows: number) =>
  "person_name,organisation_name,stage\n" +
  Array.from({ length: rows }, (_, i) => `Person ${i},Org ${i},IDENTIFIED`).join("\n") +
  "\n";

async function postImport(server: Server, cookie: string, csv: string, dryRun = false) {
  const form = new FormData();
  form.set("file", new File([csv], "contacts.csv", { type: "text/csv" }));
  if (dryRun) form.set("dryRun", "on");
  return fetch(server.url("/en/contacts/import"), {
    method: "POST",
    body: form,
    headers: { Cookie: cookie, Origin: server.url("") },
  });
}

describe("request bodies and imports", () => {
  let server: Server;
  afterAll(async () => {
    if (server) await stop(server);
  });

  test("a body over the route's cap is refused with 413 before it is read", { timeout: 120_000 }, async () => {
    server = await startServer({ PGLITE_DIR: path.join(scratch, "bodies"), SEED_DEMO: "auto", PORTOLAN_DEMO: "1" });
    // Only 1 KB of the announced 10 MB is ever sent: the answer cannot have waited for the rest.
    const login = await partialPost(server.port, "/en/login", 10 * 1024 * 1024);
    expect(login.status).toBe(413);
    expect(login.ms).toBeLessThan(2000);
    const lt = await fetch(server.url("/lt/forum"), {
      method: "POST",
      body: "a".repeat(300 * 1024),
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
    });
    expect(lt.status).toBe(413);
    expect(await lt.text()).toContain("Užklausa per didelė");
    // The import route takes its 2 MB file, but not 10 MB.
    const upload = await partialPost(
      server.port,
      "/en/contacts/import",
      10 * 1024 * 1024,
      "multipart/form-data; boundary=x",
    );
    expect(upload.status).toBe(413);
    expect((await fetch(server.url("/healthz"))).status).toBe(200);
  });

  test(
    "a file over the row bound gets a translated 400; a large import leaves /healthz answering",
    { timeout: 180_000 },
    async () => {
      const cookie = await signIn(server, "member@demo.portolan.test");
      const tooMany = await postImport(server, cookie, contactsCsv(5001), true);
      expect(tooMany.status).toBe(400);
      expect(await tooMany.text()).toContain("A file may have at most 5000 rows");

      // The largest allowed import, and probes while it runs: none may wait more than a second.
      let importDone = false;
      const started = Date.now();
      const importing = postImport(server, cookie, contactsCsv(5000)).finally(() => (importDone = true));
      const probes: number[] = [];
      while (!importDone) {
        const t = Date.now();
        expect((await fetch(server.url("/healthz"))).status).toBe(200);
        probes.push(Date.now() - t);
        await new Promise((r) => setTimeout(r, 50));
      }
      const response = await importing;
      expect(response.status).toBe(200);
      expect(await response.text()).toContain("5000 contacts imported");
      console.log(
        `import of 5000 rows: ${Date.now() - started} ms; ${probes.length} /healthz probes, slowest ${Math.max(...probes)} ms`,
      );
      expect(probes.length).toBeGreaterThan(0);
      expect(Math.max(...probes)).toBeLessThan(1000);
    },
  );
});

describe("DATABASE_URL with ?schema=", () => {
  test("an empty database gets the schema created and migrated", { timeout: 120_000 }, async (ctx) => {
    const serverUrl = process.env.TEST_DATABASE_URL;
    if (!serverUrl) return ctx.skip("TEST_DATABASE_URL is not set; CI provides a PostgreSQL server");
    const schema = `schema_${randomBytes(4).toString("hex")}`;
    const url = new URL(serverUrl);
    url.searchParams.set("schema", schema);
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    try {
      const server = await startServer({ DATABASE_URL: url.toString() });
      try {
        expect((await fetch(server.url("/readyz"))).status).toBe(200);
        const tables = await admin.query(
          "select count(*)::int as n from information_schema.tables where table_schema = $1",
          [schema],
        );
        expect(tables.rows[0].n).toBeGreaterThan(10);
      } finally {
        await stop(server);
      }
      url.searchParams.set("schema", "bad name;");
      const bad = await spawnServer({ DATABASE_URL: url.toString() });
      expect(await bad.exited).toBe(1);
      expect(bad.output()).toContain("Portolan cannot start: DATABASE_URL: the schema name");
      expect(bad.output()).not.toMatch(/\n\s+at /);
    } finally {
      await admin.query(`drop schema if exists "${schema}" cascade`);
      await admin.end();
    }
  });
});
