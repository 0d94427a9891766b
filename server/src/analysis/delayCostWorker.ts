// The thread that plays a review's "what your Council's delay cost": seeds one by one, progress after
// each, stopping at its time budget with the seeds it has. No rooms run here.
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import {
  delayCostOf,
  delayCostSeed,
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
  parentPort!.postMessage({
    type: 'result',
    result: delayCostOf(job, byHour),
    stoppedEarly: done < seeds,
  } satisfies DelayCostMessage);
}
