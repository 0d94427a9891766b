// Arithmetic on ISO 8601 instants for both clocks; every instant is normalised to `toISOString()`.
const HOUR_MS = 3_600_000;

export const normaliseInstant = (iso: string): string => new Date(Date.parse(iso)).toISOString();

/** Adds hours, rounded to the whole minute so logs and views stay readable. */
export function addHours(iso: string, hours: number): string {
  const minutes = Math.round(hours * 60);
  return new Date(Date.parse(iso) + minutes * 60_000).toISOString();
}

export const addSeconds = (iso: string, seconds: number): string =>
  new Date(Date.parse(iso) + Math.round(seconds * 1000)).toISOString();

export const hoursBetween = (from: string, to: string): number =>
  (Date.parse(to) - Date.parse(from)) / HOUR_MS;

export const secondsBetween = (from: string, to: string): number =>
  (Date.parse(to) - Date.parse(from)) / 1000;

export const isBefore = (a: string, b: string): boolean => Date.parse(a) < Date.parse(b);
export const isAtOrBefore = (a: string, b: string): boolean => Date.parse(a) <= Date.parse(b);

export const latest = (a: string, b: string): string => (isBefore(a, b) ? b : a);
export const earliest = (a: string, b: string): string => (isBefore(a, b) ? a : b);

/** "D+1 18:00": game time relative to the day the scenario starts (D+0), in UTC. */
export function formatGameTime(scenarioStart: string, iso: string): string {
  const start = new Date(Date.parse(scenarioStart));
  const dayZero = Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate());
  const t = Date.parse(iso);
  const day = Math.floor((t - dayZero) / (24 * HOUR_MS));
  const clock = new Date(t).toISOString().slice(11, 16);
  return `D${day >= 0 ? '+' : ''}${day} ${clock}`;
}
