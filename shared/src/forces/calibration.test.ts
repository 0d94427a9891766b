import { describe, expect, it } from 'vitest';
import { balticForces } from './fixtures';
import { analyse } from './simulate';

// RAND RR-1253 (facts.md §1): against the 2016 posture Red reaches the outskirts of Tallinn or
// Riga in 36–60 h; about 7 brigades, 3 heavy, in place hold for about 28 days (CT-467).
// 400 whole runs of 28 game days: generous time, since the suite shares a loaded machine.
describe('calibration against RAND RR-1253, NATO passive, 200 seeds', { timeout: 180_000 }, () => {
  it('2016 posture: Red reaches Tallinn or Riga in 36–60 h (p50)', () => {
    const s = analyse(balticForces(), '2016', 200);
    expect(s.redArrivalHours.p50).toBeGreaterThanOrEqual(36);
    expect(s.redArrivalHours.p50).toBeLessThanOrEqual(60);
    expect(s.redNeverArrived).toBe(0);
    expect(s.capitalsFallenWithin28Days).toBeGreaterThan(0.75);
  });

  it('7 brigades, 3 heavy, in place: the capitals mostly hold for 28 days', () => {
    const s = analyse(balticForces(), 'rand-7-brigades', 200);
    expect(s.capitalsFallenWithin28Days).toBeLessThan(0.25);
  });
});
