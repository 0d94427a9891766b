import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { curvePoint } from './curve';
import { balticAnalysis } from './fixtures';
import { runPlan, type RunOutcome } from './run';
import { sweepDecisionHours, sweepSeeds } from './sweep';

/** Capitals held (at each checkpoint) plus ground held: more is better for the Alliance. */
const score = (o: RunOutcome) =>
  o.groundHeld + Object.values(o.held).reduce((s, h) => s + h.filter(Boolean).length, 0);

describe('the cost-of-delay sweep', () => {
  it('continuing each decision from the shared run gives exactly the runs played whole', () => {
    const a = balticAnalysis('vjtf-only', {}, '2016', 10);
    const hours = [0, 60, 108, 200];
    const swept = sweepDecisionHours(a, hours, 7);
    hours.forEach((h, i) => expect(swept[i]).toEqual(runPlan(a.setup, a.timing(h), 7)));
  });

  it('property: with all else fixed, deciding at hour 0 never does worse on average than at hour 720', () => {
    const a = balticAnalysis('article-5-everything');
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 2, maxLength: 2 }),
        (seeds) => {
          const mean = (hour: number) =>
            seeds.reduce((s, x) => s + score(runPlan(a.setup, a.timing(hour), x)), 0) / seeds.length;
          return mean(0) >= mean(720);
        },
      ),
      // The seed is the suite's (tests/setup/propertySeed.ts): PROPERTY_SEED replays a printed one.
      { numRuns: 3 },
    );
  });

  it('golden curve: the first three seeds of "VJTF only" at hours 0, 96 and 240', async () => {
    const a = balticAnalysis('vjtf-only');
    const hours = [0, 96, 240];
    const points = sweepSeeds(a, hours, 1, 3).map((runs, i) => curvePoint(hours[i]!, runs));
    await expect(`${JSON.stringify(points, null, 2)}\n`).toMatchFileSnapshot(
      './__golden__/vjtf-only.curve.json',
    );
  });
});
