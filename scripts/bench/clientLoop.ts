// The clients' own event-loop delay over the measured window: a latency is only the server's when
// the clients that time it are not themselves queueing (they share one core under `--pin`).
import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';

export interface ClientLoop {
  readonly loopDelayP99Ms: number;
  readonly loopDelayMaxMs: number;
}

/** Starts measuring after `warmupMs`, stops after `measureMs` more; `read` gives the figures. */
export function watchClientLoop(warmupMs: number, measureMs: number): { read(): ClientLoop } {
  let histogram: IntervalHistogram | null = null;
  setTimeout(() => {
    histogram = monitorEventLoopDelay({ resolution: 10 });
    histogram.enable();
    setTimeout(() => histogram?.disable(), measureMs);
  }, warmupMs);
  return {
    read: () => ({
      loopDelayP99Ms: histogram ? histogram.percentile(99) / 1e6 : Number.NaN,
      loopDelayMaxMs: histogram ? histogram.max / 1e6 : Number.NaN,
    }),
  };
}
