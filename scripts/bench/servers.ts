// The server under test, in its own process(es): PGlite in a temporary directory for one process;
// PostgreSQL and Redis shared by two processes, each with its own port and public address.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROTOCOL_VERSION, type CreateExerciseResponse } from '../../shared/src/index';
import { loadPg } from './sdk';
import type { ServerKind } from './protocol';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

export interface ServerProcess {
  readonly url: string;
  readonly child: ChildProcess;
}

export interface Probe {
  readonly rssBytes: number;
  readonly heapUsedBytes: number;
  readonly cpuMicros: number;
  readonly collected: boolean;
}

export interface LoopFigures {
  readonly loopDelayP50Ms: number;
  readonly loopDelayP99Ms: number;
  readonly loopDelayMaxMs: number;
  readonly gcPauses: number;
  readonly gcPauseTotalMs: number;
  readonly gcPauseMaxMs: number;
  readonly gcPauseMaxMsByKind: Record<string, number>;
}

export interface Servers {
  readonly processes: readonly ServerProcess[];
  /**
   * Each process's memory and CPU time. `collect` runs a full garbage collection first (for
   * memory); CPU readings inside the measured window must not, or the pause lands on the latencies.
   */
  probe(collect?: boolean): Promise<Probe[]>;
  /** Each process profiles its CPU for `seconds` and writes the profile into `dir`; the files. */
  profile(seconds: number, dir: string): Promise<string[]>;
  /** Each process's event-loop delay and GC pauses since the last call with `reset`. */
  loop(reset: boolean): Promise<LoopFigures[]>;
  /** Each process writes a heap snapshot into `dir`; the files. */
  heap(dir: string): Promise<string[]>;
  stop(): Promise<void>;
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

function spawnServer(
  env: Record<string, string>,
  core: number | null,
  entry = 'server/src/main.ts',
): Promise<ServerProcess> {
  // BENCH_NODE_ARGS adds node flags to the server, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
  const extra = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const node = [process.execPath, '--expose-gc', ...extra, '--import', 'tsx', entry];
  const [command, ...args] = core === null ? node : ['taskset', '-c', String(core), ...node];
  const child = spawn(command!, args, {
    cwd: root,
    // The bench creates every exercise from one address: lift the HTTP API's per-address limit.
    env: { ...process.env, HOST: '127.0.0.1', BENCH_PROBE: '1', HTTP_RATE: '10000', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk;
      const match = /On this machine:\s+http:\/\/localhost:(\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        // Keep draining its output so a chatty server never blocks on a full pipe.
        output = '';
        resolve({ url: `http://127.0.0.1:${match[1]}`, child });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => {
      output += chunk;
      if (process.env.BENCH_VERBOSE) process.stderr.write(chunk);
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
}

/** A fresh connection each time: a kept-alive socket the server already closed would reset. */
async function probeOnce(url: string, collect: boolean): Promise<Probe> {
  const query = collect ? '' : '?collect=0';
  const response = await fetch(`${url}/__bench/memory${query}`, { headers: { connection: 'close' } });
  return (await response.json()) as Probe;
}

/** A Redis database for this run alone, emptied first. */
async function freshRedis(base: string): Promise<string> {
  const db = 1 + Math.floor(Math.random() * 15);
  const { hostname, port } = new URL(base);
  await new Promise<void>((resolve, reject) => {
    const socket = createConnection(Number(port || 6379), hostname, () =>
      socket.write(`SELECT ${db}\r\nFLUSHDB\r\nQUIT\r\n`),
    );
    socket.resume();
    socket.on('error', reject);
    socket.on('close', () => resolve());
  });
  return `${base.replace(/\/\d*$/, '')}/${db}`;
}

/** A PostgreSQL URL whose tables live in a fresh schema. */
async function freshPostgres(base: string): Promise<string> {
  const pg = await loadPg();
  const schema = `bench_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  const client = new pg.Client({ connectionString: base });
  await client.connect();
  await client.query(`create schema ${schema}`);
  await client.end();
  const url = new URL(base);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return url.toString();
}

/** `core`: the CPU every server process is confined to (`--pin`), or null to let them roam. */
export async function startServers(
  processes: 1 | 2,
  core: number | null = null,
  kind: ServerKind = 'council',
): Promise<Servers> {
  const dataDir = mkdtempSync(join(tmpdir(), 'council-bench-'));
  const started: ServerProcess[] = [];
  if (kind === 'bare') {
    started.push(await spawnServer({ PORT: '0' }, core, 'server/bench/bareRoom.ts'));
  } else if (processes === 1) {
    started.push(await spawnServer({ PORT: '0', DATA_DIR: dataDir }, core));
  } else {
    const shared = {
      DATABASE_URL: await freshPostgres(
        process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
      ),
      REDIS_URL: await freshRedis(process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379'),
    };
    for (let i = 0; i < processes; i++) {
      const port = await freePort();
      started.push(
        await spawnServer({ ...shared, PORT: String(port), PUBLIC_ADDRESS: `127.0.0.1:${port}` }, core),
      );
    }
  }
  return {
    processes: started,
    probe: (collect = true) => Promise.all(started.map((p) => probeOnce(p.url, collect))),
    loop: (reset) =>
      Promise.all(
        started.map(
          async (p) =>
            (await (await fetch(`${p.url}/__bench/loop${reset ? '?reset=1' : ''}`)).json()) as LoopFigures,
        ),
      ),
    heap: (dir) =>
      Promise.all(
        started.map(async (p) => {
          const url = `${p.url}/__bench/heap?dir=${encodeURIComponent(dir)}`;
          return ((await (await fetch(url)).json()) as { file: string }).file;
        }),
      ),
    profile: (seconds, dir) =>
      Promise.all(
        started.map(async (p) => {
          const url = `${p.url}/__bench/profile?seconds=${seconds}&dir=${encodeURIComponent(dir)}`;
          return ((await (await fetch(url)).json()) as { file: string }).file;
        }),
      ),
    stop: async () => {
      await Promise.all(
        started.map(
          (p) =>
            new Promise<void>((resolve) => {
              if (p.child.exitCode !== null) return resolve();
              const kill = setTimeout(() => p.child.kill('SIGKILL'), 10_000);
              p.child.once('exit', () => (clearTimeout(kill), resolve()));
              p.child.kill('SIGTERM');
            }),
        ),
      );
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function createExercises(
  urls: readonly string[],
  count: number,
): Promise<CreateExerciseResponse[]> {
  const out: CreateExerciseResponse[] = [];
  for (let i = 0; i < count; i++) {
    const response = await fetch(`${urls[i % urls.length]}/api/exercises`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        protocolVersion: PROTOCOL_VERSION,
        scenarioId: 'baltic-tripwire',
        title: `Bench ${i + 1}`,
      }),
    });
    if (response.status !== 201)
      throw new Error(`create failed: ${response.status} ${await response.text()}`);
    out.push((await response.json()) as CreateExerciseResponse);
  }
  return out;
}
