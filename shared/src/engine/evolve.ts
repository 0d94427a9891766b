// Applies one event to the state; pure, total and dice-free, so the log alone rebuilds any moment.
import type { ExerciseCreated, GameEvent } from './events';
import type { ExerciseState } from './state';

export function initialState(created: ExerciseCreated): ExerciseState {
  return {
    exerciseId: created.exerciseId,
    code: created.code,
    title: created.title,
    createdAt: created.createdAt,
    scenario: created.scenario,
    seats: {},
    seq: 1,
  };
}

export function evolve(state: ExerciseState, event: GameEvent): ExerciseState {
  const next = applyEvent(state, event);
  return { ...next, seq: state.seq + 1 };
}

function applyEvent(state: ExerciseState, event: GameEvent): ExerciseState {
  switch (event.type) {
    case 'exerciseCreated':
      return state;
    case 'seatClaimed':
      return {
        ...state,
        seats: {
          ...state.seats,
          [event.seatId]: {
            displayName: event.displayName,
            tokenHash: event.tokenHash,
            claimedAt: event.at,
          },
        },
      };
    case 'seatReleased': {
      const { [event.seatId]: _released, ...rest } = state.seats;
      return { ...state, seats: rest };
    }
  }
}

/** Rebuilds the state from a whole log; the first event must be `exerciseCreated`. */
export function replay(events: readonly GameEvent[]): ExerciseState {
  const [first, ...rest] = events;
  if (!first || first.type !== 'exerciseCreated') {
    throw new Error('an exercise log must start with exerciseCreated');
  }
  return rest.reduce(evolve, initialState(first));
}

/** The seat whose holder's token has this hash, if any. */
export function seatForTokenHash(state: ExerciseState, tokenHash: string): string | null {
  const entry = Object.entries(state.seats).find(([, holder]) => holder.tokenHash === tokenHash);
  return entry ? entry[0] : null;
}
