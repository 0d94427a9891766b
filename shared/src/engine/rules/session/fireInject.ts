// Control releases an inject from the master events list before (or instead of) its turn.
import { reject } from '../../../protocol/errors';
import { fail, ok, type Result } from '../../../protocol/result';
import type { CommandOf } from '../../commands';
import type { GameEvent } from '../../events';
import { notControl, notUnderway } from '../../guards';
import type { DecideContext, ExerciseState } from '../../state';
import { inEnglish } from '../../../scenario/text';

export function fireInject(
  state: ExerciseState,
  command: CommandOf<'fireInject'>,
  ctx: DecideContext,
): Result<GameEvent[]> {
  const problem = notControl(ctx.actor) ?? notUnderway(state);
  if (problem) return fail(problem);
  const inject = state.scenario.injects.find((i) => i.id === command.injectId);
  if (!inject)
    return fail(
      reject('NO_SUCH_INJECT', `There is no inject "${command.injectId}".`, {
        reason: 'unknown',
        injectId: command.injectId,
      }),
    );
  if (state.injects.some((f) => f.injectId === inject.id)) {
    return fail(
      reject('INJECT_ALREADY_FIRED', `"${inEnglish(inject.title)}" has already been released.`, {
        reason: 'released',
        inject: inject.title,
      }),
    );
  }
  return ok([
    {
      type: 'injectFired',
      injectId: inject.id,
      turn: state.clock.turn,
      gameTime: state.clock.time,
      at: ctx.now,
      byControl: true,
    },
  ]);
}
