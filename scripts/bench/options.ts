// The server benchmark's command line: every option checked before anything starts.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SERVERS, WORKLOADS, type ServerKind, type Workload } from './protocol';
import type { RunOptions } from './run';

export interface BenchOptions {
  readonly run: RunOptions;
  readonly search: boolean;
  readonly targetP99Ms: number;
}

/** A refusal: one line for the person who typed it, nothing started. */
export class BadOption extends Error {}

const whole = (name: string, value: string, min: number, max: number): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new BadOption(`--${name} must be a whole number from ${min} to ${max} (got "${value}").`);
  return n;
};

/** Descriptors the clients' process needs besides its connections (modules, workers, pipes). */
export const FILES_BESIDE_CONNECTIONS = 200;

/** The open-file limit of this shell (each connection costs a descriptor here and one in the server). */
export function openFileLimit(): number {
  try {
    const out = execFileSync('sh', ['-c', 'ulimit -n'], { encoding: 'utf8' }).trim();
    return out === 'unlimited' ? Number.POSITIVE_INFINITY : Number(out);
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

export function parseBenchOptions(argv: readonly string[]): BenchOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      options: {
        exercises: { type: 'string', default: '100' },
        clients: { type: 'string', default: '20' },
        seconds: { type: 'string', default: '30' },
        processes: { type: 'string', default: '1' },
        warmup: { type: 'string', default: '5' },
        workers: { type: 'string', default: '2' },
        workload: { type: 'string', default: 'mixed' },
        server: { type: 'string', default: 'council' },
        pin: { type: 'boolean', default: false },
        search: { type: 'boolean', default: false },
        'target-p99': { type: 'string', default: '100' },
        profile: { type: 'string' },
        'memory-every': { type: 'string' },
      },
    }));
  } catch (error) {
    throw new BadOption((error as Error).message.split('\n')[0]!);
  }
  const workload = values.workload as Workload;
  if (!WORKLOADS.includes(workload))
    throw new BadOption(`--workload is one of ${WORKLOADS.join(', ')} (got "${values.workload}").`);
  const server = values.server as ServerKind;
  if (!SERVERS.includes(server))
    throw new BadOption(`--server is one of ${SERVERS.join(', ')} (got "${values.server}").`);
  if (server === 'bare' && workload !== 'plenary')
    throw new BadOption('--server bare relays posts only: use it with --workload plenary.');
  const processes = whole('processes', values.processes, 1, 2) as 1 | 2;
  if (server === 'bare' && processes !== 1)
    throw new BadOption('--server bare runs one process (it has no Redis presence).');
  const exercises = whole('exercises', values.exercises, 1, 5000);
  const clients = whole('clients', values.clients, 1, 40);
  const connections = values.search ? 0 : exercises * clients;
  const limit = openFileLimit();
  // Each connection holds a descriptor in the clients' process and one in a server process
  // (--search stops growing the load at this limit instead).
  if (connections + FILES_BESIDE_CONNECTIONS > limit)
    throw new BadOption(
      `${connections} connections need more open files than this shell allows (ulimit -n ${limit}); raise it or lower the load.`,
    );
  return {
    run: {
      exercises,
      clients,
      seconds: whole('seconds', values.seconds, 1, 86_400),
      processes,
      warmupSeconds: whole('warmup', values.warmup, 0, 3600),
      workers: whole('workers', values.workers, 1, 64),
      workload,
      server,
      pin: values.pin,
      ...(values.profile ? { profileDir: profileFolder(values.profile) } : {}),
      ...(values['memory-every']
        ? { memoryEverySeconds: whole('memory-every', values['memory-every'], 1, 86_400) }
        : {}),
    },
    search: values.search,
    targetP99Ms: whole('target-p99', values['target-p99'], 1, 60_000),
  };
}

/** `--profile DIR`: made if missing (the server writes its snapshots and profiles there). */
function profileFolder(dir: string): string {
  const path = resolve(dir);
  try {
    mkdirSync(path, { recursive: true });
  } catch (error) {
    throw new BadOption(`--profile: cannot make the folder ${path} (${(error as Error).message}).`);
  }
  return path;
}
