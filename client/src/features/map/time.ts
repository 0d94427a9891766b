// Game hours of the forces model as people read them: "D+3 06:00", and spans of hours.
import { formatGameTime } from '@council/shared';

const HOUR_MS = 3_600_000;

/** A labeller for forces hours: hour h is `startsAt` + h hours; D+0 is the day the scenario starts. */
export function hourLabeller(startsAt: string | null): (hour: number) => string {
  const t0 = startsAt ? Date.parse(startsAt) : NaN;
  if (!startsAt || Number.isNaN(t0)) {
    return (h) => {
      const day = Math.floor(h / 24);
      const hh = String(((Math.floor(h) % 24) + 24) % 24).padStart(2, '0');
      return `D${day >= 0 ? '+' : ''}${day} ${hh}:00`;
    };
  }
  return (h) => formatGameTime(startsAt, new Date(t0 + Math.round(h * 60) * 60_000).toISOString());
}

/** Hours between two ISO instants. */
export const hoursBetween = (from: string, to: string): number =>
  (Date.parse(to) - Date.parse(from)) / HOUR_MS;

/** A span of hours split for display: whole hours below two days, days and hours beyond. */
export function spanParts(hours: number): { days: number; hours: number } {
  const h = Math.max(0, Math.round(hours));
  return h < 48 ? { days: 0, hours: h } : { days: Math.floor(h / 24), hours: h % 24 };
}
