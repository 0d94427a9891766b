// An endurance run's memory over time (--memory-every), and the growth the target names.

/** The servers' memory at one moment of the measured window (no garbage collection forced). */
export interface MemorySample {
  readonly atSeconds: number;
  readonly rssBytes: number;
  readonly heapUsedBytes: number;
}

/** RSS growth from the first sample at or after 10 minutes to the last sample, in percent. */
export function growthAfterTenMinutes(samples: readonly MemorySample[]): number | undefined {
  const from = samples.find((s) => s.atSeconds >= 600);
  const to = samples.at(-1);
  if (!from || !to || to === from) return undefined;
  return Math.round(((to.rssBytes - from.rssBytes) / from.rssBytes) * 1000) / 10;
}
