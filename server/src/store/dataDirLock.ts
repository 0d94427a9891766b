// One process per embedded data folder (ADR 0016): PGlite is a single-process database, and two
// processes writing one folder lose acknowledged exercises. A lock file names the holder's pid; a
// lock whose process is gone (killed, crashed) is taken over.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { StartupError } from '../startupError';

const LOCK_FILE = 'council.lock';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function holderOf(path: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(path, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

export interface DataDirLock {
  release(): void;
}

/** Takes the folder's lock, or refuses with a one-line reason when a live process holds it. */
export function lockDataDir(dataDir: string): DataDirLock {
  const path = join(dataDir, LOCK_FILE);
  // A first start (a fresh release, a new DATA_DIR) finds no folder yet: the database would make it.
  mkdirSync(dataDir, { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(path, String(process.pid), { flag: 'wx' });
      return { release: () => holderOf(path) === process.pid && rmSync(path, { force: true }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = holderOf(path);
    if (holder !== null && isAlive(holder)) {
      throw new StartupError(
        `Another process (pid ${holder}) is using DATA_DIR ${dataDir}: the embedded database serves one process; stop it, or set DATABASE_URL.`,
      );
    }
    rmSync(path, { force: true });
  }
  throw new StartupError(`Could not lock DATA_DIR ${dataDir}; another process is starting on it.`);
}
