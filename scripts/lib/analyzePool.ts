// Spreads a sweep's seeds over worker threads (`--workers N`); with one, it plays in this thread.
import { Worker } from 'node:worker_threads';
import { analysisOf, sweepSeeds, type RunOutcome } from '../../shared/src/index';
import type { AnalyzeOptions } from './analyzeArgs';
import type { SweepJob } from './analyzeWorker';

/** Outcomes [hour][seed] for seeds 1…N, the same whatever the number of workers. */
export async function sweepOutcomes(o: AnalyzeOptions, hours: readonly number[]): Promise<RunOutcome[][]> {
  const base = { scenarioId: o.scenario.id, variant: o.variant, plan: o.plan!, assumptions: o.assumptions };
  const workers = Math.min(o.workers, o.seeds);
  if (workers <= 1) {
    const a = analysisOf({
      scenario: o.scenario,
      variant: o.variant,
      planId: o.plan!,
      assumptions: o.assumptions,
      days: o.days,
    });
    return sweepSeeds(a, hours, 1, o.seeds);
  }
  const size = Math.ceil(o.seeds / workers);
  const jobs: SweepJob[] = [];
  for (let first = 1; first <= o.seeds; first += size)
    jobs.push({ ...base, days: o.days, hours, firstSeed: first, seeds: Math.min(size, o.seeds - first + 1) });
  const parts = await Promise.all(
    jobs.map(
      (job) =>
        new Promise<RunOutcome[][]>((resolve, reject) => {
          const w = new Worker(new URL('./tsWorker.mjs', import.meta.url), {
            workerData: { module: new URL('./analyzeWorker.ts', import.meta.url).href, job },
          });
          w.once('message', (m: RunOutcome[][]) => {
            resolve(m);
            void w.terminate();
          });
          w.once('error', reject);
        }),
    ),
  );
  return hours.map((_, i) => parts.flatMap((p) => p[i]!));
}
