import { describe, expect, it } from 'vitest';
import { CRT, CRT_COLUMNS, columnFor, lookup } from './crt';

describe('combat results table', () => {
  it.each([
    [0.5, '<1:1'],
    [1, '1:1'],
    [1.5, '1.5:1'],
    [2, '2:1'],
    [3, '3:1'],
    [4, '4:1'],
    [9, '6:1'],
  ])('puts a ratio of %s in column %s', (ratio, label) => {
    expect(CRT_COLUMNS[columnFor(ratio)]!.label).toBe(label);
  });

  it('has one row per column and six cells per row', () => {
    expect(CRT).toHaveLength(CRT_COLUMNS.length);
    for (const row of CRT) expect(row).toHaveLength(6);
  });

  it('gets no kinder to the defender as the odds or the die rise', () => {
    for (let c = 0; c < CRT.length; c++) {
      for (let d = 1; d <= 6; d++) {
        const [, dl] = lookup(c, d);
        if (d > 1) expect(dl).toBeGreaterThanOrEqual(lookup(c, d - 1)[1]);
        if (c > 0) expect(dl).toBeGreaterThanOrEqual(lookup(c - 1, d)[1]);
      }
    }
  });

  it('throws on a die outside 1–6', () => {
    expect(() => lookup(0, 7)).toThrow();
  });
});
