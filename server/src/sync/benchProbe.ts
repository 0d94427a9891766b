// Benchmark-only HTTP probe (BENCH_PROBE=1, never set in production): the process's memory after
// a full garbage collection and its CPU time, so `npm run bench:server` can measure the server
// from outside its process. It reveals nothing about any exercise.
import express from 'express';

export function benchProbeRouter(): express.Router {
  const router = express.Router();
  router.get('/memory', (_req, res) => {
    // Needs `node --expose-gc`; without it the figure includes garbage and says so.
    const gc = (globalThis as { gc?: () => void }).gc;
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
  return router;
}
