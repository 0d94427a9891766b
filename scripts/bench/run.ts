// One benchmark run: E exercises × C bot clients against the server in its own process(es).
import { Worker } from 'node:worker_threads';
import { createExercises, startServers, type Probe, type Servers } from './servers';
import { growthAfterTenMinutes, type MemorySample } from './memorySamples';
import { pinThisProcess } from './pin';
import type { ServerKind, ToMain, ToWorker, WorkerResult, Workload } from './protocol';

export interface RunOptions {
  readonly exercises: number;
  readonly clients: number;
  readonly seconds: number;
  readonly processes: 1 | 2;
  readonly warmupSeconds: number;
  readonly workers: number;
  readonly workload: Workload;
  /** The product, or the bare room that only relays posts (the peers' baseline). */
  readonly server: ServerKind;
  /** Server processes on core 0, this process (the clients) on core 1, as `taskset` allows. */
  readonly pin: boolean;
  /** A folder: each server process writes a CPU profile of the measured window there. */
  readonly profileDir?: string;
  /** Sample the servers' memory this often during the measured window (for endurance runs). */
  readonly memoryEverySeconds?: number;
}

export interface RunResult {
  readonly server: ServerKind;
  readonly workload: Workload;
  /** Whether the server and the clients each had a core of their own. */
  readonly pinned: boolean;
  readonly exercises: number;
  readonly clientsPerExercise: number;
  readonly processes: number;
  readonly connections: number;
  readonly seconds: number;
  readonly p50Ms: number;
  readonly p90Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  /** From sending to the command's reply (stored and acknowledged), where the server replies. */
  readonly replyP50Ms?: number;
  readonly replyP99Ms?: number;
  readonly commandsPerSecond: number;
  readonly rssBytesPerConnection: number;
  /** Of that, the JavaScript heap (the rest: WASM memory, buffers, code). */
  readonly heapBytesPerConnection: number;
  readonly serverRssBytes: number;
  readonly serverCpuPercent: number;
  readonly clientCpuPercent: number;
  /** The slowest client worker's event-loop delay: how much of a latency the clients' own queueing may be. */
  readonly clientLoopDelayP99Ms: number;
  readonly clientLoopDelayMaxMs: number;
  readonly serverLoopDelayP99Ms: number;
  readonly serverLoopDelayMaxMs: number;
  readonly serverGcPauseMaxMs: number;
  readonly serverGcPauseTotalMs: number;
  readonly serverGcPauseMaxMsByKind: Record<string, number>;
  readonly bytesPerUpdate: number;
  readonly updatesPerSecond: number;
  readonly unsettled: number;
  readonly refused: Record<string, number>;
  readonly gcBeforeRss: boolean;
  readonly connectSeconds: number;
  /** With --memory-every: the samples, and the RSS growth from the sample at 10 minutes to the last. */
  readonly memorySamples?: readonly MemorySample[];
  readonly rssGrowthAfterTenMinutesPercent?: number;
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const percentile = (sorted: readonly number[], q: number) =>
  sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;
const cpuMicros = () => {
  const u = process.cpuUsage();
  return u.user + u.system;
};

class WorkerHandle {
  private readonly worker: Worker;
  private readonly waiting = new Map<string, (m: ToMain) => void>();
  private failure: Error | null = null;

  constructor(data: unknown) {
    this.worker = new Worker(new URL('./worker-entry.mjs', import.meta.url), { workerData: data });
    this.worker.on('message', (m: ToMain) => this.waiting.get(m.type)?.(m));
    this.worker.on('error', (error) => {
      this.failure = error;
      for (const resolve of this.waiting.values()) resolve({ type: 'closed' });
    });
  }

  next<T extends ToMain['type']>(type: T): Promise<Extract<ToMain, { type: T }>> {
    return new Promise((resolve, reject) => {
      if (this.failure) return reject(this.failure);
      this.waiting.set(type, (m) =>
        this.failure ? reject(this.failure) : resolve(m as Extract<ToMain, { type: T }>),
      );
    });
  }

  post(message: ToWorker): void {
    this.worker.postMessage(message);
  }

  terminate(): Promise<number> {
    return this.worker.terminate();
  }
}

/**
 * Waits out the measured window; with `everySeconds`, probes the servers' memory that often on the
 * way (without a forced collection, which would land on the latencies) and prints each sample.
 */
async function sampleMemory(
  servers: Servers,
  measureMs: number,
  everySeconds?: number,
): Promise<MemorySample[]> {
  const samples: MemorySample[] = [];
  const start = performance.now();
  const end = start + measureMs;
  const stepMs = everySeconds ? everySeconds * 1000 : Number.POSITIVE_INFINITY;
  for (let next = start + stepMs; next < end; next += stepMs) {
    await new Promise((r) => setTimeout(r, Math.max(0, next - performance.now())));
    const probes = await servers.probe(false);
    const sample = {
      atSeconds: Math.round((performance.now() - start) / 1000),
      rssBytes: sum(probes.map((p) => p.rssBytes)),
      heapUsedBytes: sum(probes.map((p) => p.heapUsedBytes)),
    };
    samples.push(sample);
    console.error(`memory: ${JSON.stringify(sample)}`);
  }
  await new Promise((r) => setTimeout(r, Math.max(0, end - performance.now())));
  return samples;
}

export async function runOnce(options: RunOptions): Promise<RunResult> {
  const pinned = options.pin && (await pinThisProcess(1));
  const servers = await startServers(options.processes, pinned ? 0 : null, options.server);
  const workers: WorkerHandle[] = [];
  try {
    const urls = servers.processes.map((p) => p.url);
    const created =
      options.server === 'bare'
        ? Array.from({ length: options.exercises }, (_, i) => ({ code: `BARE${i + 1}`, controlKey: '' }))
        : await createExercises(urls, options.exercises);
    const before = await servers.probe();

    const connectStart = performance.now();
    const shares = Array.from({ length: Math.min(options.workers, created.length) }, (_, w) =>
      created.filter((_, i) => i % options.workers === w),
    );
    for (const exercises of shares)
      workers.push(
        new WorkerHandle({
          urls,
          exercises,
          clients: options.clients,
          workload: options.workload,
          server: options.server,
        }),
      );
    const connected = await Promise.all(workers.map((w) => w.next('connected')));
    const connections = sum(connected.map((c) => c.connections));
    const connectSeconds = (performance.now() - connectStart) / 1000;
    const after = await servers.probe();
    if (options.profileDir)
      for (const file of await servers.heap(options.profileDir)) console.error(`heap snapshot: ${file}`);

    const warmupMs = options.warmupSeconds * 1000;
    const measureMs = options.seconds * 1000;
    const results = workers.map((w) => w.next('result'));
    for (const w of workers) w.post({ type: 'go', warmupMs, measureMs, drainMs: 3000 });
    await new Promise((r) => setTimeout(r, warmupMs));
    const cpuStart = await servers.probe(false);
    await servers.loop(true);
    const profiles = options.profileDir ? servers.profile(options.seconds, options.profileDir) : null;
    const clientCpuStart = cpuMicros();
    const wallStart = performance.now();
    const memorySamples = await sampleMemory(servers, measureMs, options.memoryEverySeconds);
    const cpuEnd = await servers.probe(false);
    const loops = await servers.loop(false);
    if (profiles) for (const file of await profiles) console.error(`cpu profile: ${file}`);
    const clientCpu = cpuMicros() - clientCpuStart;
    const wall = (performance.now() - wallStart) * 1000;
    const reports: WorkerResult[] = await Promise.all(results);

    const latencies = reports.flatMap((r) => r.latencies).sort((a, b) => a - b);
    const replies = reports.flatMap((r) => r.replyLatencies ?? []).sort((a, b) => a - b);
    const refused: Record<string, number> = {};
    for (const r of reports)
      for (const [code, n] of Object.entries(r.refusals)) refused[code] = (refused[code] ?? 0) + n;
    const patches = sum(reports.map((r) => r.patchesInWindow));
    const rss = (probes: Probe[]) => sum(probes.map((p) => p.rssBytes));
    const heap = (probes: Probe[]) => sum(probes.map((p) => p.heapUsedBytes));
    const cpu = (probes: Probe[]) => sum(probes.map((p) => p.cpuMicros));

    for (const w of workers) w.post({ type: 'stop' });
    await Promise.race([
      Promise.all(workers.map((w) => w.next('closed'))),
      new Promise((r) => setTimeout(r, 15_000)),
    ]);

    return {
      server: options.server,
      workload: options.workload,
      pinned,
      exercises: options.exercises,
      clientsPerExercise: options.clients,
      processes: options.processes,
      connections,
      seconds: options.seconds,
      p50Ms: round(percentile(latencies, 0.5)),
      p90Ms: round(percentile(latencies, 0.9)),
      p99Ms: round(percentile(latencies, 0.99)),
      maxMs: round(latencies.at(-1) ?? Number.NaN),
      ...(replies.length > 0
        ? { replyP50Ms: round(percentile(replies, 0.5)), replyP99Ms: round(percentile(replies, 0.99)) }
        : {}),
      commandsPerSecond: round(sum(reports.map((r) => r.okInWindow)) / options.seconds),
      rssBytesPerConnection: Math.round((rss(after) - rss(before)) / Math.max(1, connections)),
      heapBytesPerConnection: Math.round((heap(after) - heap(before)) / Math.max(1, connections)),
      serverRssBytes: rss(after),
      serverCpuPercent: round(((cpu(cpuEnd) - cpu(cpuStart)) / wall) * 100),
      clientCpuPercent: round((clientCpu / wall) * 100),
      clientLoopDelayP99Ms: round(Math.max(...reports.map((r) => r.clientLoopDelayP99Ms))),
      clientLoopDelayMaxMs: round(Math.max(...reports.map((r) => r.clientLoopDelayMaxMs))),
      // The slowest process's event loop and garbage collection over the measured window.
      serverLoopDelayP99Ms: Math.max(...loops.map((l) => l.loopDelayP99Ms)),
      serverLoopDelayMaxMs: Math.max(...loops.map((l) => l.loopDelayMaxMs)),
      serverGcPauseMaxMs: Math.max(...loops.map((l) => l.gcPauseMaxMs)),
      serverGcPauseTotalMs: Math.max(...loops.map((l) => l.gcPauseTotalMs)),
      serverGcPauseMaxMsByKind: loops[0]?.gcPauseMaxMsByKind ?? {},
      bytesPerUpdate: Math.round(sum(reports.map((r) => r.bytesInWindow)) / Math.max(1, patches)),
      updatesPerSecond: round(patches / options.seconds),
      unsettled: sum(reports.map((r) => r.unsettled)),
      refused,
      gcBeforeRss: before.every((p) => p.collected),
      connectSeconds: round(connectSeconds),
      ...(memorySamples.length > 0
        ? { memorySamples, rssGrowthAfterTenMinutesPercent: growthAfterTenMinutes(memorySamples) }
        : {}),
    };
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
    await servers.stop();
  }
}
