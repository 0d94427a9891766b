// Collects the events one decision produces, applying each at once so later rules see its effect.
import type { GameEvent } from './events';
import { evolve } from './evolve';
import type { ExerciseState } from './state';

export interface Emitter {
  /** The state with every event so far applied. */
  readonly state: ExerciseState;
  readonly events: readonly GameEvent[];
  emit(event: GameEvent): void;
}

export function emitter(start: ExerciseState): Emitter {
  let state = start;
  const events: GameEvent[] = [];
  return {
    get state() {
      return state;
    },
    events,
    emit(event) {
      events.push(event);
      state = evolve(state, event);
    },
  };
}
