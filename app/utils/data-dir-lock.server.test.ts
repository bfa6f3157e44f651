import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, describe, expect, test } from "vitest";
import { lockDataDir, StartupError } from "./data-dir-lock.server.ts";
import { checkpointIfBehind } from "./db.server.ts";

const scratch = mkdtempSync(path.join(os.tmpdir(), "portolan-lock-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("data directory lock", () => {
  test("takes <dir>.lock with our pid and releases it", () => {
    const dir = path.join(scratch, "a");
    const lock = lockDataDir(dir);
    expect(readFileSync(`${dir}.lock`, "utf8").trim()).toBe(String(process.pid));
    expect(lock.stalePid).toBeNull();
    lock.release();
    expect(existsSync(`${dir}.lock`)).toBe(false);
  });

  test("refuses while a live process holds it, naming that process", async () => {
    const dir = path.join(scratch, "b");
    const holder = spawn(process.execPath, ["-e", "setTimeout(() => {}, 30000)"]);
    try {
      writeFileSync(`${dir}.lock`, `${holder.pid}\n`);
      expect(() => lockDataDir(dir)).toThrow(StartupError);
      expect(() => lockDataDir(dir)).toThrow(`in use by another Portolan process (pid ${holder.pid})`);
    } finally {
      holder.kill("SIGKILL");
      await new Promise((r) => holder.on("exit", r));
    }
    // Once the holder is gone its lock is stale: taken over, and the dead pid reported for the recovery message.
    const lock = lockDataDir(dir);
    expect(lock.stalePid).toBe(holder.pid);
    expect(readFileSync(`${dir}.lock`, "utf8").trim()).toBe(String(process.pid));
    lock.release();
  });
});

describe("checkpoints on the embedded database", () => {
  test("CHECKPOINT runs once the WAL to replay after a crash passes the threshold", async () => {
    const pglite = await PGlite.create();
    try {
      const behind = async () =>
        Number(
          (
            await pglite.query<{ b: string }>(
              "select (pg_current_wal_insert_lsn() - (select redo_lsn from pg_control_checkpoint()))::text as b",
            )
          ).rows[0].b,
        );
      await pglite.exec(
        "create table t (s text); insert into t select repeat('x', 500) from generate_series(1, 20000)",
      );
      // Single-user PostgreSQL never checkpoints by itself: the whole write is still to replay.
      expect(await behind()).toBeGreaterThan(8 * 1024 * 1024);
      expect(await checkpointIfBehind(pglite, 1024 * 1024)).toBe(true);
      expect(await behind()).toBeLessThan(64 * 1024);
      expect(await checkpointIfBehind(pglite, 1024 * 1024)).toBe(false);
    } finally {
      await pglite.close();
    }
  });
});
