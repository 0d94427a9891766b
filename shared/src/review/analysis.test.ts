/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GameEvent } from '../engine/events';
import { analyseFrom, reseeded, spreadOf } from './analysis';
import { stateAt } from './timeline';

const golden = JSON.parse(
  readFileSync(new URL('../../../tests/replays/baltic-vjtf.golden.json', import.meta.url), 'utf8'),
) as { events: GameEvent[] };

describe('analysis mode', () => {
  const from = stateAt(
    golden.events,
    golden.events.findIndex((e) => e.type === 'turnStarted' && e.turn === 3),
  );

  it('plays on under each seed with bots and reports the spread', () => {
    const result = analyseFrom(from, {
      seeds: 4,
      turns: 1,
      budgetMs: 60_000,
      clock: () => performance.now(),
    });
    expect(result).toMatchObject({ fromTurn: 3, turns: 1, requested: 4, truncated: false });
    expect(result.runs.length + result.failed).toBe(4);
    expect(result.runs.length).toBeGreaterThan(0);
    for (const run of result.runs) expect(run.turn).toBe(4);
    const rung = result.spread.escalationRung!;
    expect(rung.min).toBeLessThanOrEqual(rung.median);
    expect(rung.median).toBeLessThanOrEqual(rung.max);
    expect(rung.histogram.reduce((a, b) => a + b, 0)).toBe(result.runs.length);
    // The same seed plays the same game.
    const again = analyseFrom(from, { seeds: 2, turns: 1, clock: () => 0 });
    expect(again.runs).toEqual(result.runs.slice(0, again.runs.length));
  }, 60_000);

  it('seeds change the dice, and the time cap stops it', () => {
    expect(reseeded(from, 1).rng).not.toEqual(reseeded(from, 2).rng);
    let now = 0;
    const capped = analyseFrom(from, { seeds: 50, turns: 1, budgetMs: 10, clock: () => (now += 6) });
    expect(capped.truncated).toBe(true);
    expect(capped.runs.length + capped.failed).toBeLessThan(50);
  });

  it('summarises values', () => {
    expect(spreadOf([])).toBeNull();
    expect(spreadOf([5, 1, 3])).toMatchObject({ min: 1, median: 3, max: 5 });
    expect(spreadOf([2, 2])?.histogram[0]).toBe(2);
  });
});
