// Exercises of the same scenario share one copy of it. Each exercise's log carries its scenario
// (so a replay never depends on today's files), and loading it parses a fresh copy: ~250 KB of
// heap for the Baltic scenario, more than the rest of a room's state. The rules never change a
// scenario in place, so identical copies can be one object; caches keyed by the scenario (the
// map's geometry, routes) are then shared between exercises too.
import { createHash } from 'node:crypto';
import type { ExerciseState, GameEvent, Scenario } from '@council/shared';

const known = new Map<string, WeakRef<Scenario>>();
const forgotten = new FinalizationRegistry<string>((key) => {
  if (known.get(key)?.deref() === undefined) known.delete(key);
});

/** The one shared object with this scenario's exact content (the given one if it is the first). */
export function sharedScenario(scenario: Scenario): Scenario {
  const key = createHash('sha256').update(JSON.stringify(scenario)).digest('base64url');
  const existing = known.get(key)?.deref();
  if (existing) return existing;
  known.set(key, new WeakRef(scenario));
  forgotten.register(scenario, key);
  return scenario;
}

/** The state with its scenario replaced by the shared copy of the same content. */
export function withSharedScenario(state: ExerciseState): ExerciseState {
  const scenario = sharedScenario(state.scenario);
  return scenario === state.scenario ? state : { ...state, scenario };
}

/**
 * The log with its first event's scenario replaced by the shared copy, before it is replayed: what
 * the replay builds from the scenario (the forces' map, legs and unit names) then points into the
 * shared copy too, instead of keeping each exercise's parsed copy alive (~3 KB a connection at
 * 20 connections an exercise; ADR 0011, update 2026-12-07 (2)).
 */
export function withSharedCreation(events: readonly GameEvent[]): readonly GameEvent[] {
  const first = events[0];
  if (first?.type !== 'exerciseCreated') return events;
  const scenario = sharedScenario(first.scenario);
  return scenario === first.scenario ? events : [{ ...first, scenario }, ...events.slice(1)];
}
