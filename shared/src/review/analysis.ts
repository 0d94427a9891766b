// Analysis mode: from any moment, play on under N seeds with bots in every seat and report the
// spread of outcomes. Each seed reseeds the dice (the exercise's and the battlefield's) and the
// bots (playOn), so runs differ in both the rolls and the choices. Pure; the caller bounds the time.
import { playOn } from '../bots/playOn';
import type { ExerciseState } from '../engine/state';
import { hashSeed, seedRng } from '../rng/sfc32';
import { decisionsTable } from './decisions';
import { measurePoint } from './measures';

export const MAX_ANALYSIS_SEEDS = 200;
export const MAX_ANALYSIS_TURNS = 12;

export interface AnalysisRun {
  readonly seed: number;
  readonly turn: number;
  readonly cohesion: number;
  readonly deterrenceCredibility: number;
  readonly escalationRung: number;
  readonly groundHeld: number | null;
  readonly agreementProgress: number | null;
  readonly decisionsAdopted: number;
}

export const ANALYSIS_METRICS = [
  'cohesion',
  'deterrenceCredibility',
  'escalationRung',
  'groundHeld',
  'agreementProgress',
  'decisionsAdopted',
] as const;
export type AnalysisMetric = (typeof ANALYSIS_METRICS)[number];

export interface Spread {
  readonly min: number;
  readonly p10: number;
  readonly median: number;
  readonly p90: number;
  readonly max: number;
  /** Ten equal bins from min to max: how many runs fell in each. */
  readonly histogram: readonly number[];
}

export interface AnalysisResult {
  readonly fromTurn: number;
  readonly turns: number;
  readonly requested: number;
  readonly runs: readonly AnalysisRun[];
  /** Runs the rules stopped (a bot's command refused): left out of the spread. */
  readonly failed: number;
  /** True when the time cap stopped the analysis before every seed was played. */
  readonly truncated: boolean;
  readonly spread: Readonly<Record<AnalysisMetric, Spread | null>>;
}

/** The state with fresh dice for this seed. */
export function reseeded(state: ExerciseState, seed: number): ExerciseState {
  return {
    ...state,
    rng: seedRng(hashSeed(`analysis:${seed}`)),
    forces: state.forces ? { ...state.forces, rng: seedRng(hashSeed(`analysis-forces:${seed}`)) } : null,
  };
}

export function runOutcome(seed: number, end: ExerciseState): AnalysisRun {
  const point = measurePoint(end, end.seq - 1);
  return {
    seed,
    turn: end.clock.turn,
    cohesion: point.cohesion,
    deterrenceCredibility: point.deterrenceCredibility,
    escalationRung: point.escalationRung,
    groundHeld: point.groundHeld,
    agreementProgress: point.agreementProgress,
    decisionsAdopted: decisionsTable(end).filter((r) => r.decidedAt !== null).length,
  };
}

const quantile = (sorted: readonly number[], q: number): number =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))]!;

export function spreadOf(values: readonly number[]): Spread | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const min = sorted[0]!;
  const max = sorted[sorted.length - 1]!;
  const histogram = new Array<number>(10).fill(0);
  for (const v of sorted) {
    const bin = max === min ? 0 : Math.min(9, Math.floor(((v - min) / (max - min)) * 10));
    histogram[bin]!++;
  }
  return {
    min,
    p10: quantile(sorted, 0.1),
    median: quantile(sorted, 0.5),
    p90: quantile(sorted, 0.9),
    max,
    histogram,
  };
}

export interface AnalysisOptions {
  readonly seeds: number;
  readonly turns: number;
  /** Milliseconds the analysis may take; runs still to play are left out after it. */
  readonly budgetMs?: number;
  /** Milliseconds from any origin (the rules never read the wall clock themselves). */
  readonly clock: () => number;
  /** Called after each run, for a progress bar. */
  readonly onRun?: (done: number) => void;
}

export function analyseFrom(state: ExerciseState, options: AnalysisOptions): AnalysisResult {
  const seeds = Math.max(1, Math.min(MAX_ANALYSIS_SEEDS, Math.floor(options.seeds)));
  const turns = Math.max(1, Math.min(MAX_ANALYSIS_TURNS, Math.floor(options.turns)));
  const clock = options.clock;
  const deadline = clock() + (options.budgetMs ?? 30_000);
  const runs: AnalysisRun[] = [];
  let failed = 0;
  let played = 0;
  for (let seed = 1; seed <= seeds && clock() < deadline; seed++) {
    played++;
    try {
      runs.push(runOutcome(seed, playOn(reseeded(state, seed), { seed, turns })));
    } catch {
      failed++;
    }
    options.onRun?.(played);
  }
  const values = (metric: AnalysisMetric) =>
    runs.flatMap((r) => (r[metric] === null ? [] : [r[metric] as number]));
  return {
    fromTurn: state.clock.turn,
    turns,
    requested: seeds,
    runs,
    failed,
    truncated: played < seeds,
    spread: Object.fromEntries(ANALYSIS_METRICS.map((m) => [m, spreadOf(values(m))])) as Record<
      AnalysisMetric,
      Spread | null
    >,
  };
}
