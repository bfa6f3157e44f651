import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { z } from "zod";
import { PrismaClient } from "#app/generated/prisma/client.ts";
import { lockDataDir, StartupError } from "./data-dir-lock.server.ts";
import { env } from "./env.server.ts";
import { pgliteAdapterFactory, pgliteStartParams } from "./pglite-adapter.server.ts";

/** The app's database: a Prisma client plus raw access for migrations and health checks. */
export type Database = {
  kind: "pglite" | "postgres";
  /** The PostgreSQL schema that DATABASE_URL's `?schema=` named; created at start-up when missing. */
  schema?: string;
  prisma: PrismaClient;
  /** Runs a multi-statement SQL script (simple query protocol). */
  exec: (sql: string) => Promise<void>;
  /** Runs one parameterised statement and returns its rows. */
  query: <T = Record<string, unknown>>(sql: string, params?: unknown[]) => Promise<T[]>;
  /** Runs `fn` on a single connection inside BEGIN/COMMIT. */
  transaction: (fn: (q: Database["query"], exec: Database["exec"]) => Promise<void>) => Promise<void>;
  close: () => Promise<void>;
};

const isPostgresUrl = (url: string | undefined) => !!url && /^postgres(ql)?:\/\//.test(url);

/** Opens an embedded PGlite database (a directory, or memory:// ) or wraps an existing instance. */
export function openPglite(target: string | PGlite): Database {
  let pglite: PGlite;
  let lock: ReturnType<typeof lockDataDir> | undefined;
  let checkpoints: NodeJS.Timeout | undefined;
  if (typeof target === "string") {
    if (!target.startsWith("memory://")) {
      mkdirSync(target, { recursive: true });
      lock = lockDataDir(target);
    }
    const opened = Date.now();
    pglite = new PGlite(target, { startParams: pgliteStartParams });
    if (lock?.stalePid !== null && lock?.stalePid !== undefined) {
      console.log(
        `database: the previous run (pid ${lock.stalePid}) ended without closing ${target}; recovering (replaying its write-ahead log)…`,
      );
      void pglite.waitReady.then(() => console.log(`database: recovered in ${Date.now() - opened} ms`)).catch(() => {});
    }
    if (lock)
      checkpoints = setInterval(() => void checkpointIfBehind(pglite).catch(() => {}), CHECKPOINT_EVERY_MS).unref();
  } else {
    pglite = target;
  }
  const prisma = new PrismaClient({ adapter: pgliteAdapterFactory(() => pglite) as never });
  return {
    kind: "pglite",
    prisma,
    exec: async (sql) => {
      await pglite.exec(sql);
    },
    query: async <T>(sql: string, params: unknown[] = []) => (await pglite.query<T>(sql, params)).rows,
    transaction: async (fn) => {
      await pglite.transaction(async (tx) => {
        await fn(
          async <T>(sql: string, params: unknown[] = []) => (await tx.query<T>(sql, params)).rows,
          async (sql) => {
            await tx.exec(sql);
          },
        );
      });
    },
    close: async () => {
      clearInterval(checkpoints);
      await prisma.$disconnect();
      if (!pglite.closed) await pglite.close();
      lock?.release();
    },
  };
}

// PGlite runs PostgreSQL in single-user mode, which never checkpoints on its own
// (no checkpointer process, and a full WAL only requests one under a postmaster):
// every byte written since the last clean start was replayed after a kill -9,
// 26-34 s on a busy directory. A CHECKPOINT of ~34 MB of WAL takes ~50-120 ms.
const CHECKPOINT_EVERY_MS = 30_000;
const CHECKPOINT_AFTER_BYTES = 4 * 1024 * 1024;

/** Bytes of write-ahead log since the last checkpoint (a numeric, sent as text). */
const WalBehindRow = z.object({ behind: z.coerce.number() });

/** Runs CHECKPOINT when more than `afterBytes` of WAL would have to be replayed after a crash. Returns whether it did. */
export async function checkpointIfBehind(
  pglite: Pick<PGlite, "query" | "exec" | "closed">,
  afterBytes = CHECKPOINT_AFTER_BYTES,
): Promise<boolean> {
  if (pglite.closed) return false;
  const { rows } = await pglite.query(
    "select (pg_current_wal_insert_lsn() - (select redo_lsn from pg_control_checkpoint()))::text as behind",
  );
  const behind = rows[0] === undefined ? 0 : WalBehindRow.parse(rows[0]).behind;
  if (behind < afterBytes) return false;
  await pglite.exec("CHECKPOINT");
  return true;
}

/** Connects to a PostgreSQL server; `schema` (optional) isolates a test run. */
export function openPostgres(url: string, schema?: string): Database {
  const options = schema ? `-c search_path="${schema}"` : undefined;
  const pool = new pg.Pool({ connectionString: url, options, max: 10 });
  // Without a listener an idle-client error (server restart) would crash the process.
  pool.on("error", (e) => console.error(`database pool error: ${e.message}`));
  const prisma = new PrismaClient({
    adapter: new PrismaPg(pool, schema ? { schema } : undefined),
  });
  return {
    kind: "postgres",
    schema,
    prisma,
    exec: async (sql) => {
      await pool.query(sql);
    },
    query: async <T>(sql: string, params: unknown[] = []) => (await pool.query(sql, params)).rows as T[],
    transaction: async (fn) => {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        await fn(
          async <T>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows as T[],
          async (sql) => {
            await client.query(sql);
          },
        );
        await client.query("COMMIT");
      } catch (e) {
        await client.query("ROLLBACK").catch(() => {});
        throw e;
      } finally {
        client.release();
      }
    },
    close: async () => {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}

/** Opens the database that DATABASE_URL names (PGlite in PGLITE_DIR when unset). */
export function openDatabaseFromEnv(): Database {
  const { DATABASE_URL, PGLITE_DIR } = env();
  if (isPostgresUrl(DATABASE_URL)) {
    const url = new URL(DATABASE_URL!);
    const schema = url.searchParams.get("schema") ?? undefined;
    // It goes into a search_path option and a CREATE SCHEMA: plain identifiers only.
    if (schema !== undefined && !/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(schema)) {
      throw new StartupError(
        `DATABASE_URL: the schema name "${schema}" must be letters, digits and underscores (not starting with a digit).`,
      );
    }
    url.searchParams.delete("schema");
    return openPostgres(url.toString(), schema);
  }
  return openPglite(DATABASE_URL?.startsWith("file:") ? DATABASE_URL.slice(5) : PGLITE_DIR);
}

declare global {
  var __portolanDatabase: Database | undefined;
}

/** The process-wide database (tests install their own before importing app code). */
export function database(): Database {
  return (globalThis.__portolanDatabase ??= openDatabaseFromEnv());
}

/** The Prisma client of the process-wide database; domain `*.server.ts` modules are its only users. */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get: (_target, key) => Reflect.get(database().prisma, key),
});

/**
 * Runs one raw statement and checks every row against `schema`: nothing else
 * ties a hand-written query's columns to the types the code relies on
 * (docs/decisions/031-raw-sql.md). Keep the row schema next to its SQL.
 */
export async function queryRows<S extends z.ZodTypeAny>(
  schema: S,
  sql: string,
  params: unknown[] = [],
  query: Database["query"] = database().query,
): Promise<z.output<S>[]> {
  const rows = await query(sql, params);
  return rows.map((row) => schema.parse(row) as z.output<S>);
}

/** A json column: node-postgres parses it, PGlite's raw path may hand back its text. */
export const jsonColumn = <S extends z.ZodTypeAny>(schema: S) =>
  z.preprocess((v) => (typeof v === "string" ? JSON.parse(v) : v), schema);

const ReadyRow = z.object({ ok: z.literal(1) });

/** Readiness: the database answers a trivial query within `timeoutMs`. */
export async function isDatabaseReady(timeoutMs = 2000): Promise<boolean> {
  try {
    const probe = queryRows(ReadyRow, "select 1 as ok");
    const timeout = new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error("timeout")), timeoutMs).unref(),
    );
    const [row] = await Promise.race([probe, timeout]);
    return row?.ok === 1;
  } catch {
    return false;
  }
}
