import { describe, expect, it } from 'vitest';
import { addHours, formatGameTime, hoursBetween, latest, normaliseInstant } from './gameTime';

describe('game time', () => {
  it.each([
    ['2027-03-01T06:00:00Z', 12, '2027-03-01T18:00:00.000Z'],
    ['2027-03-01T06:00:00.000Z', 2.5, '2027-03-01T08:30:00.000Z'],
    ['2027-03-01T06:00:00.000Z', 1 / 7, '2027-03-01T06:09:00.000Z'],
  ])('adds hours to %s + %d', (from, hours, expected) => {
    expect(addHours(from, hours)).toBe(expected);
  });

  it('measures hours between instants and picks the later one', () => {
    expect(hoursBetween('2027-03-01T06:00:00Z', '2027-03-02T18:00:00Z')).toBe(36);
    expect(latest('2027-03-01T06:00:00.000Z', '2027-03-01T05:00:00.000Z')).toBe('2027-03-01T06:00:00.000Z');
    expect(normaliseInstant('2027-03-01T06:00:00Z')).toBe('2027-03-01T06:00:00.000Z');
  });

  it.each([
    ['2027-03-01T06:00:00.000Z', 'D+0 06:00'],
    ['2027-03-02T18:30:00.000Z', 'D+1 18:30'],
    ['2027-02-28T23:00:00.000Z', 'D-1 23:00'],
  ])('formats %s as %s', (iso, text) => {
    expect(formatGameTime('2027-03-01T06:00:00Z', iso)).toBe(text);
  });
});
