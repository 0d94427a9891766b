// The Baltic scenario's forces section, parsed, for tests.
import baltic from '../../../scenarios/baltic-tripwire.json';
import { ForcesScenarioSchema, type ForcesScenario } from './schema';

let parsed: ForcesScenario | null = null;

export function balticForces(): ForcesScenario {
  if (!parsed) {
    const result = ForcesScenarioSchema.safeParse(baltic.forces);
    if (!result.success) throw new Error(`baltic-tripwire.json, forces: ${result.error.message}`);
    parsed = result.data;
  }
  return parsed;
}

import { NO_AUTHORITY, type ForcesActor, type ForcesAuthority, type ForcesContext } from './authority';
import type { ForcesCommand } from './commands';
import { decideForces } from './decide';
import { evolveForces } from './evolve';
import type { ForcesState } from './state';

export const SACEUR: ForcesActor = { role: 'saceur' };
export const CONTROL: ForcesActor = { role: 'control' };
export const RED: ForcesActor = { role: 'red' };
export const ally = (nation: string): ForcesActor => ({ role: 'ally', nation });

export const ctxOf = (
  actor: ForcesActor,
  authority: Partial<ForcesAuthority> = {},
  ordersOpen = true,
): ForcesContext => ({
  actor,
  authority: { ...NO_AUTHORITY, ...authority },
  ordersOpen,
});

/** Decides and applies a command, throwing on a rejection: for tests that set up a situation. */
export function order(state: ForcesState, command: ForcesCommand, ctx: ForcesContext): ForcesState {
  const result = decideForces(state, command, ctx);
  if (!result.ok) throw new Error(`${command.type} refused: ${result.error.code} ${result.error.message}`);
  return result.value.reduce(evolveForces, state);
}
