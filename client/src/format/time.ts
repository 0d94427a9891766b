// Both clocks as people read them: session countdowns ("4:05") and game time ("D+1 18:00", "2 d 4 h").
import type { ClockView } from '@council/shared';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** A countdown: "4:05", or "1:02:09" past the hour. */
export function formatCountdown(totalSeconds: number): string {
  const s = Math.max(0, Math.ceil(totalSeconds));
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const seconds = String(s % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/** Seconds left on the session timer at `now`, or null when the phase has no timer. */
export function secondsLeft(clock: ClockView, now: number): number | null {
  if (clock.remainingSeconds !== null) return clock.remainingSeconds;
  if (clock.phaseEndsAt === null) return null;
  return Math.max(0, (Date.parse(clock.phaseEndsAt) - now) / 1000);
}

/**
 * Midnight (UTC) of D+0. The view carries the current game time and its label ("D+3 06:00"),
 * so the scenario's first day follows from the two.
 */
export function dayZero(clock: ClockView): number {
  const day = Number(/^D([+-]\d+)/.exec(clock.gameTimeLabel)?.[1] ?? 0);
  const t = Date.parse(clock.gameTime);
  return t - (t % DAY_MS) - day * DAY_MS;
}

/** Any game instant as "D+1 18:00", counted from the same day as the clock's label. */
export function gameTimeLabel(clock: ClockView, iso: string): string {
  const t = Date.parse(iso);
  const day = Math.floor((t - dayZero(clock)) / DAY_MS);
  return `D${day >= 0 ? '+' : ''}${day} ${new Date(t).toISOString().slice(11, 16)}`;
}

export const hoursBetween = (from: string, to: string): number =>
  (Date.parse(to) - Date.parse(from)) / HOUR_MS;

/** A span of game time split for display: whole days and the hours left over (rounded). */
export function splitHours(hours: number): { readonly days: number; readonly hours: number } {
  const total = Math.max(0, Math.round(hours));
  return { days: Math.floor(total / 24), hours: total % 24 };
}
