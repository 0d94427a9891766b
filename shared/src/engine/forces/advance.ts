// When the game clock moves, the forces play the same hours: movement, arrivals, Red's plan, combat.
import { advanceForces } from '../../forces/index';
import type { Emitter } from '../emit';
import { forcesAuthority } from './authority';
import { forcesHourOf } from './clock';

/** Emits the forces events of the game time up to `gameTime`; every roll travels inside its event. */
export function advanceForcesTo(b: Emitter, gameTime: string): void {
  const forces = b.state.forces;
  if (!forces) return;
  const toHour = forcesHourOf(b.state.scenario, gameTime);
  if (toHour <= forces.hour) return;
  for (const event of advanceForces(forces, toHour, forcesAuthority(b.state))) b.emit(event);
}
