// What a played Council's delay cost: its own decisions, taken earlier or later, from this game's state.
import { forcesHourOf } from '../engine/forces/clock';
import type { ExerciseState } from '../engine/state';
import type { ForcesState } from '../forces/index';
import { decisionsTable } from '../review/decisions';
import type { Scenario } from '../scenario/schema';
import { assumptionsInForce, type AssumptionValues, type ExerciseAssumptions } from './assumptions';
import { dependencies, DEPENDENCY_THRESHOLD, sensitivities, type Dependency } from './findings';
import { curveResult, type CurveResult } from './result';
import type { Sensitivity } from './sensitivity';
import { curvePoint, type CurvePoint } from './curve';
import { outcomeKeysOf, outcomeValue } from './outcomes';
import { planAuthority } from './plans';
import { startSimFrom, type RunOutcome } from './run';
import { restate, settledAt, type SettledAssumption } from './restate';
import type { ResponsePlan } from './schema';
import { analysisWith } from './setup';
import { sweepDecisionHours } from './sweep';
import type { LocalisedText } from '../scenario/text';

export interface AdoptedResponse {
  readonly itemId: string;
  readonly title: LocalisedText;
  /** Game hours from the scenario's start. */
  readonly hour: number;
  readonly decidedAt: string;
}

/** Everything a worker needs to play the curve: plain data, safe to post to a thread. */
export interface DelayCostJob {
  readonly scenario: Scenario;
  readonly start: ForcesState;
  readonly plan: ResponsePlan;
  readonly adopted: readonly AdoptedResponse[];
  readonly decisionHour: number;
  readonly hours: readonly number[];
  /** The assumptions the exercise ran under (ADR 0027); the bots' timings follow them. */
  readonly assumptions: AssumptionValues;
}

/** Hours either side of the Council's decision the curve covers, in steps of STEP_HOURS. */
export const SPAN_HOURS = 72;
export const STEP_HOURS = 12;
/** Days of fighting after the incursion each run plays. */
const DAYS = 28;

const deploys = (p: ResponsePlan, scenario: Scenario) => {
  const a = planAuthority(p, scenario.catalogue);
  return a.vjtfDeploymentAuthorised || a.graduatedResponseActive || a.reinforceBattlegroups || a.article5;
};

/**
 * The job for a played exercise, or why there is none: no forces, or no decision that lets SACEUR
 * deploy. `states` is the log's states (index = seq); the curve starts from the state at its first hour.
 */
export function delayCostJob(
  states: readonly ExerciseState[],
  /** What `exerciseCreated` stored; the register's defaults where absent. */
  stored?: ExerciseAssumptions,
): DelayCostJob | string {
  const last = states[states.length - 1];
  if (!last?.forces) return 'This exercise has no forces to play.';
  const scenario = last.scenario;
  const adopted: AdoptedResponse[] = [];
  for (const row of decisionsTable(last)) {
    const item = scenario.catalogue.find((c) => c.id === row.itemId);
    if (row.decidedAt === null || !item?.effects.some((e) => e.kind === 'flag')) continue;
    adopted.push({
      itemId: row.itemId,
      title: row.title,
      hour: forcesHourOf(scenario, row.decidedAt),
      decidedAt: row.decidedAt,
    });
  }
  const plan: ResponsePlan = {
    id: 'this-council',
    label: { en: 'This Council’s decisions', fr: 'Les décisions de ce Conseil' },
    description: { en: 'What this Council adopted.', fr: 'Ce que ce Conseil a adopté.' },
    decisions: adopted.map((a) => a.itemId),
    usConsent: last.forces.usConsent,
    source: ['designer-estimate'],
  };
  const deciding = adopted
    .filter((a) => deploys({ ...plan, decisions: [a.itemId] }, scenario))
    .sort((x, y) => x.hour - y.hour)[0];
  if (!deciding) return 'The Council adopted no decision that lets SACEUR deploy forces.';
  const decisionHour = deciding.hour;
  const from = Math.max(0, Math.floor((decisionHour - SPAN_HOURS) / STEP_HOURS) * STEP_HOURS);
  const start =
    [...states].reverse().find((s) => s.forces && s.forces.hour <= from)?.forces ?? states[0]!.forces!;
  const hours: number[] = [];
  for (let h = Math.max(from, start.hour); h <= decisionHour + SPAN_HOURS; h += STEP_HOURS) hours.push(h);
  // The Council's own hour, and a day earlier: the headline compares the two.
  for (const h of [decisionHour, decisionHour - 24]) if (h >= hours[0]! && !hours.includes(h)) hours.push(h);
  hours.sort((a, b) => a - b);
  const assumptions = assumptionsInForce(scenario.assumptions, stored);
  return { scenario, start, plan, adopted, decisionHour, hours, assumptions };
}

/** One seed's outcomes at every hour of the job, played from the game's state with fresh dice. */
export function delayCostSeed(job: DelayCostJob, seed: number): RunOutcome[] {
  return playFrom(job, job.start, job.assumptions, job.hours, seed);
}

/**
 * One seed's outcomes at each decision hour, from a state of the game under a set of assumption
 * values: the curve's runs (the game's own state and values) and the sensitivity's (the same state
 * restated under each value) are played by this one function, so they cannot drift apart.
 */
function playFrom(
  job: DelayCostJob,
  from: ForcesState,
  values: AssumptionValues,
  hours: readonly number[],
  seed: number,
): RunOutcome[] {
  // The state's forces data carries the values (forcesAtStart, restate); the timings follow them here.
  const a = analysisWith(job.scenario, job.plan, from.scenario, {
    variant: from.variant,
    assumptions: values,
    days: DAYS,
  });
  return sweepDecisionHours(a, hours, seed, (s) => startSimFrom(a.setup, from, s));
}

export interface DelayCost {
  readonly decisionHour: number;
  readonly adopted: readonly AdoptedResponse[];
  readonly points: readonly CurvePoint[];
  readonly runs: number;
  /** The same curve as the analysis command exports it: scenario, variant and every assumption stated. */
  readonly curve: CurveResult;
  /** What the findings depend on (the review's worker adds it when time allows). */
  readonly sensitivity?: DelayCostSensitivity | null;
  /** The outcome that deciding a day earlier changes most, at the day-earlier and the actual hour. */
  readonly headline: {
    readonly outcome: string;
    readonly earlierHour: number;
    readonly earlier: number;
    readonly actual: number;
  } | null;
}

export function delayCostOf(job: DelayCostJob, byHour: readonly (readonly RunOutcome[])[]): DelayCost {
  const points = job.hours.map((h, i) => curvePoint(h, byHour[i] ?? []));
  const at = (h: number) => points.find((p) => p.x === h);
  const actual = at(job.decisionHour);
  const earlier = at(job.decisionHour - 24) ?? points[0];
  // (a decision within a day of the curve's start is compared with the start)
  let headline: DelayCost['headline'] = null;
  if (actual && earlier && earlier !== actual) {
    const capitals = job.start.scenario.objectives.capitals;
    for (const key of outcomeKeysOf(capitals).filter((k) => k !== 'ground-held')) {
      const e = outcomeValue(earlier, key) ?? 0;
      const a = outcomeValue(actual, key) ?? 0;
      if (!headline || e - a > headline.earlier - headline.actual)
        headline = { outcome: key, earlierHour: earlier.x, earlier: e, actual: a };
    }
  }
  return {
    decisionHour: job.decisionHour,
    adopted: job.adopted,
    points,
    runs: points[0]?.runs ?? 0,
    curve: curveResult(
      job.scenario,
      {
        variant: job.start.variant,
        plan: job.plan.id,
        seeds: points[0]?.runs ?? 0,
        days: DAYS,
        values: job.assumptions,
      },
      job.hours,
      byHour,
    ),
    headline,
  };
}

/** What the review's findings depend on: a tornado per finding and the statement the report makes. */
export interface DelayCostSensitivity {
  readonly seeds: number;
  /** The game hour the runs start from: the curve's own starting state (its first hour). */
  readonly fromHour: number;
  readonly decisionHour: number;
  readonly threshold: number;
  /** One per finding (each capital held at day 14, ground held), the headline's first. */
  readonly tornadoes: readonly Sensitivity[];
  readonly dependencies: readonly Dependency[];
  /** Assumptions not varied: at `fromHour` the game had already played what they decide. */
  readonly settled: readonly SettledAssumption[];
}

/** The findings the review reads: each capital held at day 14, then the ground held. */
export function delayCostFindings(job: DelayCostJob, headline?: string | null): string[] {
  const keys = [...job.start.scenario.objectives.capitals.map((c) => `${c}-held-d14`), 'ground-held'];
  return headline && keys.includes(headline) ? [headline, ...keys.filter((k) => k !== headline)] : keys;
}

/**
 * Each assumption over its range, the others as the exercise ran, for this Council's decisions at its
 * own hour, from the same state of the game and with the same dice as the curve (seeds 1…`seeds`):
 * with every assumption as the exercise ran, a finding's baseline is the curve's value at the
 * Council's hour over those seeds. Each value applies to what is still to come from that state
 * (`restate`); an assumption whose effect the game had already played there is not varied
 * (`settled`). `stop` is asked before every set of runs; true abandons it (null).
 */
export function delayCostSensitivity(
  job: DelayCostJob,
  seeds: number,
  headline?: string | null,
  stop: () => boolean = () => false,
): DelayCostSensitivity | null {
  const written = job.scenario.forces;
  const register = job.scenario.assumptions ?? [];
  if (!written || !register.length) return null;
  const findings = delayCostFindings(job, headline);
  const settled = settledAt(register, written, job.start, job.assumptions);
  const varied = register.filter((a) => !settled.some((x) => x.key === a.key));
  try {
    const tornadoes = sensitivities(varied, job.assumptions, findings, (values) => {
      if (stop()) throw STOPPED;
      const from = restate(written, job.start, job.assumptions, values);
      const runs: RunOutcome[] = [];
      for (let s = 1; s <= seeds; s++) runs.push(playFrom(job, from, values, [job.decisionHour], s)[0]!);
      return curvePoint(job.decisionHour, runs);
    });
    return {
      seeds,
      fromHour: job.start.hour,
      decisionHour: job.decisionHour,
      threshold: DEPENDENCY_THRESHOLD,
      tornadoes,
      dependencies: dependencies(tornadoes),
      settled,
    };
  } catch (e) {
    if (e === STOPPED) return null;
    throw e;
  }
}

const STOPPED = new Error('stopped at the time budget');
