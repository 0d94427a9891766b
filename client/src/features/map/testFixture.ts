// Test fixtures: real forces views of the Baltic scenario, built with the shared rules.
import {
  advanceForces,
  decideForces,
  evolveForces,
  initialForces,
  type ForcesCommand,
  type ForcesState,
} from '../../../../shared/src/forces';
import {
  NO_AUTHORITY,
  type ForcesActor,
  type ForcesAuthority,
} from '../../../../shared/src/forces/authority';
import { balticForces } from '../../../../shared/src/forces/fixtures';
import { forcesViewFor } from '../../../../shared/src/visibility/forcesFog';
import type { ForcesView } from './types';

export const SACEUR: ForcesActor = { role: 'saceur' };
export const RED: ForcesActor = { role: 'red' };

export function baltic(seed = 7): ForcesState {
  return initialForces(balticForces(), '2016', seed);
}

/** Applies orders (throwing on a refusal), then advances to `hour`. */
export function play(
  state: ForcesState,
  orders: readonly [ForcesActor, ForcesCommand][],
  hour = state.hour,
  authority: Partial<ForcesAuthority> = {},
): ForcesState {
  const a = { ...NO_AUTHORITY, ...authority };
  let s = state;
  for (const [actor, command] of orders) {
    const r = decideForces(s, command, { actor, authority: a, ordersOpen: true });
    if (!r.ok) throw new Error(`${command.type}: ${r.error.message}`);
    s = r.value.reduce(evolveForces, s);
  }
  if (hour > s.hour) s = advanceForces(s, hour, a).reduce(evolveForces, s);
  return s;
}

export const viewOf = (state: ForcesState, actor: ForcesActor = SACEUR): ForcesView =>
  forcesViewFor(state, actor);
