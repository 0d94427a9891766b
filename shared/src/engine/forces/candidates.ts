// The forces orders worth trying for a seat: the forces module's candidates, as root commands.
import { candidateForceOrders } from '../../forces/legal';
import type { ForceOrderCommand } from '../rules/forces/order';
import type { Actor, ExerciseState } from '../state';
import { forcesActorOf } from './actor';

export function forceOrderCandidates(state: ExerciseState, actor: Actor): ForceOrderCommand[] {
  return state.forces ? candidateForceOrders(state.forces, forcesActorOf(state, actor)) : [];
}
