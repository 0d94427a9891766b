import { describe, expect, it } from 'vitest';
import { hourLabeller, spanParts } from './time';

describe('forces hours as game time', () => {
  it('labels hours from the scenario start, D+0 being its first day', () => {
    const label = hourLabeller('2027-03-01T06:00:00.000Z');
    expect(label(0)).toBe('D+0 06:00');
    expect(label(18)).toBe('D+1 00:00');
    expect(label(72)).toBe('D+3 06:00');
    expect(label(1.5)).toBe('D+0 07:30');
  });

  it('counts from midnight without a start', () => {
    expect(hourLabeller(null)(30)).toBe('D+1 06:00');
  });

  it('splits spans into hours below two days and days beyond', () => {
    expect(spanParts(36)).toEqual({ days: 0, hours: 36 });
    expect(spanParts(50)).toEqual({ days: 2, hours: 2 });
    expect(spanParts(-3)).toEqual({ days: 0, hours: 0 });
  });
});
