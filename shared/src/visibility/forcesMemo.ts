// Memoises per forces state: views are rebuilt for every seat after every event, but the forces
// state changes only with forces events, so views and projections are computed once per change.
// Order menus are not kept here: they are built on request and dropped after (ADR 0014).
import type { ForcesState } from '../forces/index';

const cache = new WeakMap<ForcesState, Map<string, unknown>>();

export function memo<T>(state: ForcesState, key: string, compute: () => T): T {
  let entries = cache.get(state);
  if (!entries) cache.set(state, (entries = new Map()));
  if (entries.has(key)) return entries.get(key) as T;
  const value = compute();
  entries.set(key, value);
  return value;
}
