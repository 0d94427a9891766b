import { describe, expect, it } from 'vitest';
import { HISTORICAL_CASES } from './historicalCases';
import { quantiles, simulate } from './simulate';

const SEEDS = Array.from({ length: 30 }, (_, i) => i + 1);

describe('calibration against the historical decision times (facts §2)', () => {
  it.each(HISTORICAL_CASES.map((c) => [c.label, c] as const))(
    '%s lands in its band over 30 seeds',
    (_label, c) => {
      const latencies = SEEDS.map((seed) => simulate(c.scenario, ['decision'], seed).latencyHours);
      expect(latencies.every((h) => h !== null)).toBe(true);
      const hours = latencies as number[];
      const inBand = hours.filter((h) => h >= c.band[0] && h <= c.band[1]).length;
      // Chance spreads the outcomes; the bulk must sit in the band and the median near history.
      expect(inBand / hours.length).toBeGreaterThanOrEqual(0.85);
      const { median } = quantiles(hours);
      expect(median).toBeGreaterThanOrEqual(c.band[0]);
      expect(median).toBeLessThanOrEqual(c.band[1]);
    },
  );

  it('Article 5 after 9/11 passes within 24 h in every run, with nobody blocking', () => {
    const [article5] = HISTORICAL_CASES;
    for (const seed of SEEDS.slice(0, 10)) {
      const run = simulate(article5.scenario, ['decision'], seed);
      expect(run.latencyHours).toBeLessThanOrEqual(24);
      expect(run.blockers).toEqual([]);
    }
  });

  it.each([
    [HISTORICAL_CASES[1], ['fra', 'tur']],
    [HISTORICAL_CASES[2], ['bel', 'deu', 'fra']],
  ] as const)('$0.label is held up by the allies history names', (c, named) => {
    const runs = SEEDS.map((seed) => simulate(c.scenario, ['decision'], seed).blockers);
    const share = (ally: string) => runs.filter((b) => b.includes(ally)).length / runs.length;
    for (const ally of named) expect(share(ally)).toBeGreaterThanOrEqual(0.8);
    // Any other capital asks for changes only now and then.
    const others = new Set(runs.flat().filter((a) => !(named as readonly string[]).includes(a)));
    for (const ally of others) expect(share(ally)).toBeLessThanOrEqual(0.2);
  });

  it('is deterministic: the same seed gives the same latency', () => {
    const [, libya] = HISTORICAL_CASES;
    expect(simulate(libya.scenario, ['decision'], 7).latencyHours).toBe(
      simulate(libya.scenario, ['decision'], 7).latencyHours,
    );
  });
});
