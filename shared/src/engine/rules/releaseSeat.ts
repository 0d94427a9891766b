// A holder gives up a seat, or Control frees it.
import { own } from '../../model/lookup';
import { reject } from '../../protocol/errors';
import { fail, ok, type Result } from '../../protocol/result';
import type { Command } from '../commands';
import type { GameEvent } from '../events';
import type { DecideContext, ExerciseState } from '../state';

type ReleaseSeat = Extract<Command, { type: 'releaseSeat' }>;

export function releaseSeat(
  state: ExerciseState,
  command: ReleaseSeat,
  ctx: DecideContext,
): Result<GameEvent[]> {
  if (!state.scenario.seats.some((s) => s.id === command.seatId)) {
    return fail(
      reject('NO_SUCH_SEAT', `There is no seat "${command.seatId}".`, {
        reason: 'unknown',
        seatId: command.seatId,
      }),
    );
  }
  const isHolder = ctx.actor.seatId === command.seatId;
  if (!isHolder && !ctx.actor.isControl) {
    return fail(reject('NOT_YOUR_SEAT', 'Only the holder or Control can release this seat.'));
  }
  if (!own(state.seats, command.seatId)) {
    return fail(reject('NO_SUCH_SEAT', 'That seat is not held by anyone.'));
  }
  return ok([{ type: 'seatReleased', seatId: command.seatId, byControl: !isHolder, at: ctx.now }]);
}
