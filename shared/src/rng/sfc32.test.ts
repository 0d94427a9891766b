import { describe, expect, it } from 'vitest';
import { hashSeed, nextUnit, roller, seedRng } from './sfc32';

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
