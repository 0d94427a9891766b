// `--pin`: the clients on one core and the server on the other, as `taskset` (util-linux) allows.
import { execFile } from 'node:child_process';
import { cpus } from 'node:os';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The core this process was confined to: `--search` runs many times in one process. */
let pinnedTo: number | null = null;

/**
 * Confines every thread of this process (and the worker threads it starts later, which inherit
 * it) to `core`. False, with a line on stderr, where taskset is missing or there is one core.
 * The machine's cores are counted, not this process's: once pinned, it may use one only.
 */
export async function pinThisProcess(core: number): Promise<boolean> {
  if (pinnedTo === core) return true;
  if (cpus().length < 2) {
    console.error('--pin: this machine has one core; running unpinned.');
    return false;
  }
  try {
    await run('taskset', ['-a', '-p', '-c', String(core), String(process.pid)]);
    pinnedTo = core;
    return true;
  } catch {
    console.error('--pin: taskset is not available (util-linux); running unpinned.');
    return false;
  }
}
