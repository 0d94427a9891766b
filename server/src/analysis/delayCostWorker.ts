// The thread that plays a review's "what your Council's delay cost": seeds one by one, progress after
// each, stopping at its time budget with the seeds it has. No rooms run here.
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import {
  delayCostOf,
  delayCostSeed,
  delayCostSensitivity,
  type DelayCost,
  type DelayCostJob,
  type RunOutcome,
} from '@council/shared';

export interface DelayCostWork {
  readonly delayCost: DelayCostJob;
  readonly seeds: number;
  readonly budgetMs: number;
}

export type DelayCostMessage =
  | { readonly type: 'progress'; readonly done: number }
  | { readonly type: 'result'; readonly result: DelayCost; readonly stoppedEarly: boolean };

/** True in a thread started to play a delay-cost job (the server's bundle starts itself for it). */
export const isDelayCostWorker = (): boolean =>
  !isMainThread && typeof (workerData as { work?: unknown } | null)?.work === 'object';

export function runDelayCostWorker(): void {
  const { delayCost: job, seeds, budgetMs } = (workerData as { work: DelayCostWork }).work;
  const started = Date.now();
  const byHour: RunOutcome[][] = job.hours.map(() => []);
  let done = 0;
  while (done < seeds && Date.now() - started < budgetMs) {
    delayCostSeed(job, done + 1).forEach((o, i) => byHour[i]!.push(o));
    done++;
    parentPort!.postMessage({ type: 'progress', done } satisfies DelayCostMessage);
  }
  const curve = delayCostOf(job, byHour);
  // Then what the findings depend on, with a tenth of the seeds, if the budget still allows.
  const sensitivity =
    done > 0
      ? delayCostSensitivity(
          job,
          Math.max(1, Math.round(done / 10)),
          curve.headline?.outcome,
          () => Date.now() - started >= budgetMs,
        )
      : null;
  parentPort!.postMessage({
    type: 'result',
    result: { ...curve, sensitivity },
    stoppedEarly: done < seeds,
  } satisfies DelayCostMessage);
}
