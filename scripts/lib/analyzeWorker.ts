// A worker thread of `analyze --workers N`: plays its share of the seeds of a sweep and posts the outcomes.
import { parentPort, workerData } from 'node:worker_threads';
import { analysisOf, sweepSeeds, type AssumptionValues } from '../../shared/src/index';
import { readScenario } from './scenarioFile';

export interface SweepJob {
  readonly scenarioId: string;
  readonly variant: string;
  readonly plan: string;
  readonly assumptions: AssumptionValues;
  readonly days: number;
  readonly hours: readonly number[];
  readonly firstSeed: number;
  readonly seeds: number;
}

const job = (workerData as { job: SweepJob }).job;
const scenario = readScenario(job.scenarioId);
if (typeof scenario === 'string') throw new Error(scenario);
const analysis = analysisOf({
  scenario,
  variant: job.variant,
  planId: job.plan,
  assumptions: job.assumptions,
  days: job.days,
});
parentPort!.postMessage(sweepSeeds(analysis, job.hours, job.firstSeed, job.seeds));
