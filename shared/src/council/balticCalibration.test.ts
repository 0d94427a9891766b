/// <reference types="node" />
// Node is allowed in tests: this one reads the scenario file from disk.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../scenario/load';
import { quantiles, simulate } from './simulate';

const parsed = parseScenario(
  JSON.parse(readFileSync(new URL('../../../scenarios/baltic-tripwire.json', import.meta.url), 'utf8')),
);
if (!parsed.ok) throw new Error('baltic-tripwire.json does not parse');
const scenario = parsed.scenario;
const SEEDS = Array.from({ length: 20 }, (_, i) => i + 1);
const latencies = (itemId: string) =>
  SEEDS.map((seed) => simulate(scenario, [itemId], seed).latencyHours ?? Infinity);

describe('the Baltic trip-wire council with nobody seated', () => {
  it('passes an uncontested item (Article 4 consultations) in hours', () => {
    const hours = latencies('article-4');
    expect(hours.filter((h) => h <= 24).length / hours.length).toBeGreaterThanOrEqual(0.9);
    expect(quantiles(hours).median).toBeLessThanOrEqual(12);
  });

  it('takes days to weeks over a contested one (deploying the VJTF)', () => {
    const hours = latencies('deploy-vjtf');
    for (const h of hours) {
      expect(h).toBeGreaterThanOrEqual(2 * 24);
      expect(h).toBeLessThanOrEqual(6 * 7 * 24);
    }
    const { median } = quantiles(hours);
    expect(median).toBeGreaterThanOrEqual(5 * 24);
    expect(median).toBeLessThanOrEqual(21 * 24);
  });

  it('is held up on the VJTF by the allies the scenario makes reluctant', () => {
    const blockers = new Set(
      SEEDS.slice(0, 5).flatMap((seed) => simulate(scenario, ['deploy-vjtf'], seed).blockers),
    );
    expect([...blockers]).toEqual(expect.arrayContaining(['hun', 'tur', 'svk']));
  });
});
