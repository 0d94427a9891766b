// Benchmark-only HTTP probe (BENCH_PROBE=1, never set in production): the process's memory after
// a full garbage collection and its CPU time, so `npm run bench:server` can measure the server
// from outside its process, and a CPU profile of a chosen window (`--profile` of the bench).
// It reveals nothing about any exercise.
import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import { writeHeapSnapshot } from 'node:v8';
import express from 'express';

/** How long the event loop was held up, and by garbage collection, since the last reset. */
function loopMonitor() {
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  let gc = { count: 0, totalMs: 0, maxMs: 0, byKind: {} as Record<string, number> };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      gc.count++;
      gc.totalMs += entry.duration;
      gc.maxMs = Math.max(gc.maxMs, entry.duration);
      const { detail } = entry as { detail?: { kind?: number } };
      const kind = String(detail?.kind ?? '?');
      gc.byKind[kind] = Math.max(gc.byKind[kind] ?? 0, Math.round(entry.duration));
    }
  }).observe({ entryTypes: ['gc'] });
  const ms = (ns: number) => Math.round(ns / 1e5) / 10;
  return {
    read: () => ({
      loopDelayP50Ms: ms(delay.percentile(50)),
      loopDelayP99Ms: ms(delay.percentile(99)),
      loopDelayMaxMs: ms(delay.max),
      gcPauses: gc.count,
      gcPauseTotalMs: Math.round(gc.totalMs),
      gcPauseMaxMs: Math.round(gc.maxMs * 10) / 10,
      /** The longest pause by kind (perf_hooks constants): 1 minor, 4 major, 8 incremental, 16 weak callbacks. */
      gcPauseMaxMsByKind: gc.byKind,
    }),
    reset: () => {
      delay.reset();
      gc = { count: 0, totalMs: 0, maxMs: 0, byKind: {} };
    },
  };
}

export function benchProbeRouter(): express.Router {
  const router = express.Router();
  const loop = loopMonitor();
  // `?reset=1` starts a window; without it, what the window saw so far.
  router.get('/loop', (req, res) => {
    const seen = loop.read();
    if (req.query.reset) loop.reset();
    res.json(seen);
  });
  router.get('/memory', (req, res) => {
    // Needs `node --expose-gc`; without it the figure includes garbage and says so. `?collect=0`
    // skips the collection: a CPU reading taken while clients play must not pause them.
    const gc = req.query.collect === '0' ? undefined : (globalThis as { gc?: () => void }).gc;
    if (gc) {
      gc();
      gc();
    }
    const cpu = process.cpuUsage();
    res.json({
      collected: gc !== undefined,
      rssBytes: process.memoryUsage().rss,
      heapUsedBytes: process.memoryUsage().heapUsed,
      cpuMicros: cpu.user + cpu.system,
      uptimeMs: Math.round(process.uptime() * 1000),
    });
  });
  // Profiles the steady state only (not start-up or connecting): `?seconds=N&dir=/some/dir`.
  router.get('/profile', async (req, res) => {
    const seconds = Math.min(120, Math.max(1, Number(req.query.seconds) || 10));
    const dir = typeof req.query.dir === 'string' ? req.query.dir : '.';
    const session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('HeapProfiler.enable');
    await session.post('Profiler.start');
    // Where the garbage comes from: a sample every 64 KB allocated, kept even once collected.
    await session.post('HeapProfiler.startSampling', {
      samplingInterval: 65_536,
      includeObjectsCollectedByMajorGC: true,
      includeObjectsCollectedByMinorGC: true,
    });
    await new Promise((r) => setTimeout(r, seconds * 1000));
    const { profile } = await session.post('Profiler.stop');
    const { profile: allocations } = await session.post('HeapProfiler.stopSampling');
    session.disconnect();
    const stem = join(dir, `server-${process.pid}-${Date.now()}`);
    await writeFile(`${stem}.cpuprofile`, JSON.stringify(profile));
    await writeFile(`${stem}.heapprofile`, JSON.stringify(allocations));
    res.json({ file: `${stem}.cpuprofile` });
  });
  // A heap snapshot, to see what each connection and exercise holds: `?dir=/some/dir`.
  router.get('/heap', (req, res) => {
    const dir = typeof req.query.dir === 'string' ? req.query.dir : '.';
    res.json({ file: writeHeapSnapshot(join(dir, `server-${process.pid}-${Date.now()}.heapsnapshot`)) });
  });
  return router;
}
