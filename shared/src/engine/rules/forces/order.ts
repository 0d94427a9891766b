// Every forces order (alertUnit, deployUnit, grantUsConsent, …) as a root command: the seat is
// mapped to a forces actor, the Council's decisions to authority, and the forces rules decide.
import { decideForces, FORCES_COMMAND_TYPES, type ForcesCommandType } from '../../../forces/index';
import { reject, type Rejection } from '../../../protocol/errors';
import { fail, type Result } from '../../../protocol/result';
import type { Command, CommandOf } from '../../commands';
import type { GameEvent } from '../../events';
import { forcesContextOf } from '../../forces/actor';
import { notRunning, notUnderway } from '../../guards';
import { nationName } from '../../../scenario/nations';
import type { LocalisedText } from '../../../scenario/text';
import type { DecideContext, ExerciseState } from '../../state';

export type ForceOrderCommand = CommandOf<ForcesCommandType>;

const TYPES: ReadonlySet<string> = new Set(FORCES_COMMAND_TYPES);
export const isForceOrder = (command: Command): command is ForceOrderCommand => TYPES.has(command.type);

export function forceOrder(
  state: ExerciseState,
  command: ForceOrderCommand,
  ctx: DecideContext,
): Result<GameEvent[]> {
  if (!state.forces) return fail(reject('NO_FORCES', 'This scenario has no forces to command.'));
  // Control works the forces while paused; players only while the exercise runs.
  const problem = ctx.actor.isControl ? notUnderway(state) : notRunning(state);
  if (problem) return fail(problem);
  const decided = decideForces(state.forces, command, forcesContextOf(state, ctx.actor));
  return decided.ok ? decided : fail(withNationsNamed(state, decided.error));
}

/**
 * The forces rules name nations by their ISO code; a refusal's params name them as the scenario does
 * (the seat's label, the ally's name or its `nations` list), in every language, so a reader sees
 * "Estonia" or "Russia", not "EST" or "RUS".
 */
function withNationsNamed(state: ExerciseState, error: Rejection): Rejection {
  const params = error.params;
  if (!params) return error;
  const named = (code: string | LocalisedText): string | LocalisedText =>
    typeof code === 'string' ? nationName(state.scenario, code) : code;
  const { owner, countries } = params;
  if (typeof owner !== 'string' && !Array.isArray(countries)) return error;
  return {
    ...error,
    params: {
      ...params,
      ...(typeof owner === 'string' ? { owner: named(owner) } : {}),
      ...(Array.isArray(countries) ? { countries: countries.map(named) } : {}),
    },
  };
}
