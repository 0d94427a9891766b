// Seats as the forces rules see them, and the context every forces order is decided in.
import type { ForcesActor, ForcesContext } from '../../forces/index';
import type { Actor, ExerciseState } from '../state';
import { forcesAuthority } from './authority';

/**
 * Control → control; an ally seat with a nation → that nation's delegation; SACEUR; Red; every
 * other seat (the chair, observers, parties) and a connection without a seat → observer.
 */
export function forcesActorOf(state: ExerciseState, actor: Actor): ForcesActor {
  if (actor.isControl) return { role: 'control' };
  const seat = state.scenario.seats.find((s) => s.id === actor.seatId);
  switch (seat?.kind) {
    case 'saceur':
      return { role: 'saceur' };
    case 'red':
      return { role: 'red' };
    case 'ally':
      return seat.nation ? { role: 'ally', nation: seat.nation } : { role: 'observer' };
    default:
      return { role: 'observer' };
  }
}

/** Orders are taken in the decision phase of a running exercise; Control may give them any time. */
export const ordersOpen = (state: ExerciseState): boolean =>
  state.session.status === 'running' && state.session.phase === 'decision';

export const forcesContextOf = (state: ExerciseState, actor: Actor): ForcesContext => ({
  actor: forcesActorOf(state, actor),
  authority: forcesAuthority(state),
  ordersOpen: ordersOpen(state),
});
