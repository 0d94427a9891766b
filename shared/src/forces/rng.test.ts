import { describe, expect, it } from 'vitest';
import { Dice, nextFloat, seedRng } from './rng';

describe('seeded PRNG', () => {
  it('gives the same sequence for the same seed and a different one for another', () => {
    const run = (seed: number) => {
      const d = new Dice(seedRng(seed));
      return Array.from({ length: 5 }, () => d.die());
    };
    expect(run(7)).toEqual(run(7));
    expect(run(7)).not.toEqual(run(8));
  });

  it('never mutates the state it is given', () => {
    const s = seedRng(1);
    const copy = [...s];
    nextFloat(s);
    expect([...s]).toEqual(copy);
  });

  it('rolls fair dice within range and records every roll', () => {
    const d = new Dice(seedRng(42));
    const counts = [0, 0, 0, 0, 0, 0];
    for (let i = 0; i < 6000; i++) counts[d.die() - 1]!++;
    for (const c of counts) expect(c).toBeGreaterThan(850);
    expect(d.rolls).toHaveLength(6000);
    const b = new Dice(seedRng(3));
    for (let i = 0; i < 200; i++) {
      const n = b.between(48, 72);
      expect(n).toBeGreaterThanOrEqual(48);
      expect(n).toBeLessThanOrEqual(72);
    }
  });
});
