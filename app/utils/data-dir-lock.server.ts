import { closeSync, linkSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from "node:fs";
import path from "node:path";

/** A start-up failure the server reports as one line (no stack trace) before exiting. */
export class StartupError extends Error {
  override name = "StartupError";
}

export type DataDirLock = {
  file: string;
  /** Pid of a previous holder that died without releasing the lock (kill -9, crash); its database needs recovery. */
  stalePid: number | null;
  release: () => void;
};

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
};

const readPid = (file: string) => Number.parseInt(readFileSync(file, "utf8"), 10);

/**
 * Takes `<dir>.lock` for an embedded PGlite directory, or throws a StartupError
 * naming the live process that holds it. Two PGlite instances on one directory
 * corrupt it (each believes it is the only PostgreSQL), and PGlite itself does
 * not lock. The file holds the holder's pid: O_EXCL creation makes taking it
 * atomic, and a pid that is no longer alive marks a stale lock left by a crash.
 */
export function lockDataDir(dir: string): DataDirLock {
  const file = `${path.resolve(dir).replace(/[\\/]+$/, "")}.lock`;
  let stalePid: number | null = null;
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const fd = openSync(file, "wx");
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          if (readPid(file) === process.pid) unlinkSync(file);
        } catch {
          // already gone
        }
      };
      return { file, stalePid, release };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    }
    let pid: number;
    try {
      pid = readPid(file);
      // An empty file is a holder between creating and writing it; only an old one is stale.
      if (Number.isNaN(pid) && Date.now() - statSync(file).mtimeMs < 5000) pid = -1;
    } catch {
      continue; // released meanwhile: try again
    }
    if (pid === -1 || (pid > 0 && pid !== process.pid && isAlive(pid))) {
      throw new StartupError(
        `The database directory ${dir} is in use by another Portolan process (pid ${pid === -1 ? "starting" : pid}). ` +
          `Stop that process first, or give this one its own PGLITE_DIR. (Lock file: ${file})`,
      );
    }
    // Stale: move it aside atomically, so two processes recovering at once cannot both take over.
    const aside = `${file}.${process.pid}.stale`;
    try {
      renameSync(file, aside);
    } catch {
      continue;
    }
    if (readPid(aside) !== pid) {
      // Another process took the lock between our read and our rename: hand it back.
      try {
        linkSync(aside, file);
      } catch {
        // it took a new one meanwhile
      }
    } else {
      stalePid = Number.isNaN(pid) ? 0 : pid;
    }
    unlinkSync(aside);
  }
  throw new StartupError(
    `Could not take the lock ${file} for the database directory ${dir}; remove it if no Portolan process is running.`,
  );
}
