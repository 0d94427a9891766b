// How long to wait before the n-th consecutive retry: doubling from 1 s up to 15 s, with jitter
// so forty browsers in one classroom do not all hit a restarted server in the same instant.
export const BACKOFF_START_MS = 1_000;
export const BACKOFF_MAX_MS = 15_000;

export function backoffMs(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(BACKOFF_MAX_MS, BACKOFF_START_MS * 2 ** Math.max(0, attempt - 1));
  return Math.round(base * (0.8 + 0.4 * random()));
}
