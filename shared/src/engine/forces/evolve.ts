// Applies a forces event to the exercise: the forces part of the state only.
import { evolveForces, type ForcesEvent } from '../../forces/index';
import type { ExerciseState } from '../state';

export function evolveForcesPart(state: ExerciseState, event: ForcesEvent): ExerciseState {
  return state.forces ? { ...state, forces: evolveForces(state.forces, event) } : state;
}
