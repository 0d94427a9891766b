/// <reference types="node" />
// The review's sensitivity runs start from the same state, at the same decision hour and with the
// same dice as its curve (ADR 0027, update 2026-12-07 (2)): with every assumption as the exercise
// ran, each finding's baseline in the tornado is the curve's value at the Council's hour. They once
// ran from the scenario's start and could disagree (Tallinn held in every run on one, not the other).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GameEvent } from '../engine/events';
import { statesOf } from '../review/timeline';
import { defaultAssumptions } from './assumptions';
import {
  delayCostJob,
  delayCostOf,
  delayCostSeed,
  delayCostSensitivity,
  type DelayCostJob,
} from './delayCost';
import { balticAnalysis, balticScenario } from './fixtures';
import { outcomeValue } from './outcomes';
import { restate, settledAt } from './restate';
import { advanceSim, startSim, type RunOutcome } from './run';

const golden = JSON.parse(
  readFileSync(new URL('../../../tests/replays/baltic-vjtf.golden.json', import.meta.url), 'utf8'),
) as { events: GameEvent[] };

const SEEDS = 3;

/** The curve over seeds 1…SEEDS and the sensitivity over the same seeds. */
function both(job: DelayCostJob) {
  const byHour: RunOutcome[][] = job.hours.map(() => []);
  for (let s = 1; s <= SEEDS; s++) delayCostSeed(job, s).forEach((o, i) => byHour[i]!.push(o));
  const curve = delayCostOf(job, byHour);
  const sensitivity = delayCostSensitivity(job, SEEDS, curve.headline?.outcome)!;
  return { curve, sensitivity, atDecision: curve.points.find((p) => p.x === job.decisionHour)! };
}

/** A Council that decided late: the game played with no response until hour 132, deciding at 150. */
function lateJob(): DelayCostJob {
  const scenario = balticScenario();
  const a = balticAnalysis('vjtf-only');
  const start = advanceSim(a.setup, startSim(a.setup, 7), a.timing(Number.MAX_SAFE_INTEGER), 132).state;
  return {
    scenario,
    start,
    plan: a.plan,
    adopted: [],
    decisionHour: 150,
    hours: [132, 144, 150, 156],
    assumptions: defaultAssumptions(scenario.assumptions ?? []),
  };
}

describe('the review’s sensitivity runs and its curve', () => {
  it('agree: each finding’s baseline is the curve’s value at the Council’s hour (the golden Council)', () => {
    const job = delayCostJob(statesOf(golden.events));
    if (typeof job === 'string') throw new Error(job);
    const { sensitivity, atDecision } = both(job);
    for (const t of sensitivity.tornadoes)
      expect(t.baseline, t.outcome).toBe(outcomeValue(atDecision, t.outcome));
    expect(sensitivity.fromHour).toBe(job.start.hour);
    expect(sensitivity.decisionHour).toBe(job.decisionHour);
    // This game's state at the curve's start, not the scenario's, with Tallinn among the findings.
    expect(sensitivity.tornadoes.map((t) => t.outcome)).toContain('tallinn-held-d14');
  }, 120_000);

  it('agree from a moment after the incursion, where Red’s objective is no longer varied', () => {
    const job = lateJob();
    expect(job.start.incursionAt).not.toBeNull();
    const { sensitivity, atDecision } = both(job);
    for (const t of sensitivity.tornadoes) {
      expect(t.baseline, t.outcome).toBe(outcomeValue(atDecision, t.outcome));
      expect(t.bars.map((b) => b.key)).not.toContain('red-objective');
      expect(t.bars.map((b) => b.key)).toContain('red-competence');
    }
    expect(sensitivity.fromHour).toBe(132);
    expect(sensitivity.settled).toEqual([{ key: 'red-objective', reason: 'incursionBegan' }]);
  }, 120_000);
});

describe('a played moment under other assumptions', () => {
  const scenario = balticScenario();
  const written = scenario.forces!;
  const base = defaultAssumptions(scenario.assumptions ?? []);
  const a = balticAnalysis('vjtf-only');
  const at40 = advanceSim(a.setup, startSim(a.setup, 3), a.timing(Number.MAX_SAFE_INTEGER), 40).state;

  it('is the state itself under the values it was played under', () => {
    expect(restate(written, at40, base, { ...base })).toBe(at40);
  });

  it('scales Red’s battalions, drops the brigade the reduced force pool lacks, and keeps what was played', () => {
    const weaker = restate(written, at40, base, { ...base, 'red-competence': 0.5 });
    for (const [id, u] of Object.entries(at40.units)) {
      const v = weaker.units[id]!;
      expect(v.battalions, id).toBe(u.side === 'red' ? u.battalions * 0.5 : u.battalions);
      expect(v.location, id).toEqual(u.location);
    }
    expect(weaker.hour).toBe(40);
    expect(weaker.control).toBe(at40.control);
    expect(weaker.rng).toBe(at40.rng);
    expect(weaker.scenario.rules.hostileAdvanceFactor).toBeGreaterThan(
      at40.scenario.rules.hostileAdvanceFactor,
    );
    const reduced = restate(written, at40, base, { ...base, 'us-participation': 'reduced' });
    expect(at40.units['usa-abct-3']).toBeDefined();
    expect(reduced.units['usa-abct-3']).toBeUndefined();
    // …and puts it back, where the scenario places it, for a game played without it.
    const back = restate(written, reduced, { ...base, 'us-participation': 'reduced' }, base);
    expect(back.units['usa-abct-3']).toEqual(at40.units['usa-abct-3']);
  });

  it('says which assumptions the game has already played', () => {
    const register = scenario.assumptions ?? [];
    expect(settledAt(register, written, at40, base)).toEqual([]);
    const moved = {
      ...at40,
      units: {
        ...at40.units,
        'usa-abct-3': { ...at40.units['usa-abct-3']!, alertedAt: 30 },
      },
    };
    expect(settledAt(register, written, moved, base)).toEqual([
      { key: 'us-participation', reason: 'unitMoved' },
    ]);
  });
});
