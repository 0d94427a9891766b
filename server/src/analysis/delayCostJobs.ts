// Delay-cost jobs of the review: one worker thread each, off the event loop that runs the rooms,
// bounded in time (the worker stops at its budget; a thread that overruns is ended), one at a time.
// A finished analysis is stored (store/analyses.ts); the jobs here are only this process's progress.
import { randomUUID } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import type { DelayCost, DelayCostJob } from '@council/shared';
import type { StoredAnalysis } from '../store/analyses';
import type { DelayCostMessage, DelayCostWork } from './delayCostWorker';

export interface DelayCostStatus {
  readonly id: string;
  readonly status: 'running' | 'done' | 'failed';
  readonly done: number;
  readonly total: number;
  readonly stoppedEarly: boolean;
  readonly result: DelayCost | null;
  readonly message: string | null;
}

interface Entry {
  status: DelayCostStatus;
  readonly exerciseId: string;
  /** The exercise, its log length and the seeds: asking again for the same returns the same job. */
  readonly key: string;
}

const KEPT = 16;
const jobs = new Map<string, Entry>();
/** Seconds of grace past the budget before a thread is ended. */
const GRACE_MS = 10_000;

function spawn(work: DelayCostWork): Worker {
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    // From TypeScript: a bootstrap registers tsx in the new thread, which does not inherit it.
    const module = new URL('./delayCostThread.ts', here).href;
    return new Worker(new URL('../../../scripts/lib/tsWorker.mjs', here), { workerData: { module, work } });
  }
  // The compiled server is one file: it starts itself, and main.ts sees the work and plays it.
  return new Worker(new URL(here), { workerData: { work } });
}

const update = (e: Entry, patch: Partial<DelayCostStatus>) => {
  e.status = { ...e.status, ...patch };
};

/** The job's status, if this process knows a job of that id for that exercise. */
export function delayCostStatus(exerciseId: string, id: string): DelayCostStatus | null {
  const e = jobs.get(id);
  return e && e.exerciseId === exerciseId ? e.status : null;
}

/** A stored analysis as a finished job's status. */
export function storedStatus(a: StoredAnalysis): DelayCostStatus {
  return {
    id: a.id,
    status: 'done',
    done: a.result.runs,
    total: a.seeds,
    stoppedEarly: a.stoppedEarly,
    result: a.result,
    message: null,
  };
}

/**
 * Starts a job for an exercise at its current log length, or returns the one already started for it;
 * null when another job is running (the caller answers RATE_LIMITED).
 */
export function startDelayCost(
  exerciseId: string,
  logLength: number,
  job: DelayCostJob,
  seeds: number,
  budgetMs: number,
  /** Stores the finished analysis (ADR 0027); the job reads done once it has settled. */
  keep: (finished: { id: string; result: DelayCost; stoppedEarly: boolean }) => Promise<void>,
): DelayCostStatus | null {
  const key = `${exerciseId}:${logLength}:${seeds}`;
  for (const e of jobs.values()) if (e.key === key && e.status.status !== 'failed') return e.status;
  if ([...jobs.values()].some((e) => e.status.status === 'running')) return null;
  const id = randomUUID();
  const entry: Entry = {
    exerciseId,
    key,
    status: {
      id,
      status: 'running',
      done: 0,
      total: seeds,
      stoppedEarly: false,
      result: null,
      message: null,
    },
  };
  jobs.set(id, entry);
  if (jobs.size > KEPT) jobs.delete(jobs.keys().next().value!);
  const worker = spawn({ delayCost: job, seeds, budgetMs });
  const overrun = setTimeout(() => {
    update(entry, { status: 'failed', message: 'The analysis ran out of time.' });
    void worker.terminate();
  }, budgetMs + GRACE_MS);
  overrun.unref();
  worker.on('message', (m: DelayCostMessage) => {
    if (m.type === 'progress') update(entry, { done: m.done });
    else {
      clearTimeout(overrun);
      void worker.terminate();
      const done = () => update(entry, { status: 'done', result: m.result, stoppedEarly: m.stoppedEarly });
      // Done once stored, so a report asked for as soon as the panel shows it carries it; a store
      // that fails leaves the result to this process alone (the job still shows it).
      keep({ id, result: m.result, stoppedEarly: m.stoppedEarly }).then(done, (e: unknown) => {
        console.error('could not store a delay-cost analysis:', e instanceof Error ? e.message : e);
        done();
      });
    }
  });
  worker.on('error', () => {
    clearTimeout(overrun);
    update(entry, { status: 'failed', message: 'The analysis failed.' });
  });
  worker.on('exit', () => {
    if (entry.status.status === 'running')
      update(entry, { status: 'failed', message: 'The analysis stopped.' });
  });
  return entry.status;
}
