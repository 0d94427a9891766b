import { describe, expect, it } from 'vitest';
import type { ClockView } from '@council/shared';
import { formatCountdown, gameTimeLabel, secondsLeft, splitHours } from './time';

const clock = (over: Partial<ClockView> = {}): ClockView => ({
  status: 'running',
  phase: 'consultation',
  turn: 3,
  gameTime: '2026-03-03T06:00:00.000Z',
  gameTimeLabel: 'D+2 06:00',
  stepHours: 12,
  phaseEndsAt: null,
  remainingSeconds: null,
  hotwash: false,
  ...over,
});

describe('time formats', () => {
  it('counts down in minutes and seconds, hours past the hour', () => {
    expect(formatCountdown(245)).toBe('4:05');
    expect(formatCountdown(3729)).toBe('1:02:09');
    expect(formatCountdown(-3)).toBe('0:00');
    expect(formatCountdown(0.2)).toBe('0:01');
  });

  it('reads the timer from the deadline while running and from the seconds left while paused', () => {
    const now = Date.parse('2026-01-01T10:00:00Z');
    expect(secondsLeft(clock({ phaseEndsAt: '2026-01-01T10:02:00.000Z' }), now)).toBe(120);
    expect(secondsLeft(clock({ remainingSeconds: 42 }), now)).toBe(42);
    expect(secondsLeft(clock(), now)).toBeNull();
  });

  it('labels any game instant from the same day zero as the clock', () => {
    expect(gameTimeLabel(clock(), '2026-03-04T18:30:00.000Z')).toBe('D+3 18:30');
    expect(gameTimeLabel(clock(), '2026-03-01T00:00:00.000Z')).toBe('D+0 00:00');
    expect(gameTimeLabel(clock({ gameTimeLabel: 'D-1 06:00' }), '2026-03-03T07:00:00.000Z')).toBe(
      'D-1 07:00',
    );
  });

  it('splits hours into days and hours', () => {
    expect(splitHours(7.4)).toEqual({ days: 0, hours: 7 });
    expect(splitHours(52)).toEqual({ days: 2, hours: 4 });
  });
});
