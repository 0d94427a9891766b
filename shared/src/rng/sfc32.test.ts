import { describe, expect, it } from 'vitest';
import { Dice, hashSeed, nextUnit, roller, seedRng } from './sfc32';

describe('sfc32', () => {
  it('gives the same sequence for the same seed and a different one for another seed', () => {
    const draw = (seed: number) => {
      const r = roller(seedRng(seed));
      return [r.unit(), r.unit(), r.unit()];
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it('never mutates the state it is given', () => {
    const state = seedRng(7);
    const copy = [...state];
    nextUnit(state);
    roller(state).unit();
    expect([...state]).toEqual(copy);
  });

  it('draws uniformly enough in [0, 1)', () => {
    const r = roller(seedRng(1));
    const draws = Array.from({ length: 10_000 }, () => r.unit());
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
    const mean = draws.reduce((a, b) => a + b, 0) / draws.length;
    expect(mean).toBeGreaterThan(0.48);
    expect(mean).toBeLessThan(0.52);
  });

  it('hashes text to a stable seed', () => {
    expect(hashSeed('ex-1')).toBe(hashSeed('ex-1'));
    expect(hashSeed('ex-1')).not.toBe(hashSeed('ex-2'));
  });
});

describe("Dice, the forces rules' roller", () => {
  it('gives the same sequence for the same seed and a different one for another', () => {
    const run = (seed: number) => {
      const d = new Dice(seedRng(seed));
      return Array.from({ length: 5 }, () => d.die());
    };
    expect(run(7)).toEqual(run(7));
    expect(run(7)).not.toEqual(run(8));
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

  it('draws the same numbers as the roller for the same state', () => {
    const d = new Dice(seedRng(5));
    const r = roller(seedRng(5));
    expect(Array.from({ length: 3 }, () => d.float())).toEqual(Array.from({ length: 3 }, () => r.unit()));
    expect(d.rolls).toEqual(d.rolls.map((u) => Math.round(u * 1e6) / 1e6));
    expect(d.state).toEqual(r.state());
  });
});
