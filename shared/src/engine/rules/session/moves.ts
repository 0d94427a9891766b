// Who still owes a move in the decision phase, and a seat saying it has made its moves.
import { own } from '../../../model/lookup';
import { reject } from '../../../protocol/errors';
import { fail, ok, type Result } from '../../../protocol/result';
import { MOVING_SEAT_KINDS } from '../../../model/vocabulary';
import type { CommandOf } from '../../commands';
import { emitter } from '../../emit';
import type { GameEvent } from '../../events';
import { wrongPhase } from '../../guards';
import type { DecideContext, ExerciseState } from '../../state';
import { advancePhase } from './advance';

/**
 * Seats a person holds whose kind moves (allies, the chair, SACEUR, Red, parties) and that have not
 * submitted in this decision phase. Empty outside the decision phase: nobody is waited on then.
 */
export function waitingOn(state: ExerciseState): string[] {
  if (state.session.phase !== 'decision' || state.session.status === 'ended') return [];
  const moving: readonly string[] = MOVING_SEAT_KINDS;
  return state.scenario.seats
    .filter((seat) => moving.includes(seat.kind) && own(state.seats, seat.id))
    .map((seat) => seat.id)
    .filter((id) => !state.session.submitted.includes(id));
}

/** When the last seat owed submits, the decision phase closes early. */
export function submitMoves(
  state: ExerciseState,
  _command: CommandOf<'submitMoves'>,
  ctx: DecideContext,
): Result<GameEvent[]> {
  const phase = wrongPhase(state, ['decision'], 'submit your moves');
  if (phase) return fail(phase);
  const seatId = ctx.actor.seatId;
  if (!seatId || !waitingOn(state).includes(seatId)) {
    return fail(reject('NOTHING_OWED', 'Your seat owes no move now, or has already submitted.'));
  }
  const b = emitter(state);
  b.emit({ type: 'movesSubmitted', seatId, turn: state.clock.turn, at: ctx.now });
  if (waitingOn(b.state).length === 0) advancePhase(b, ctx.now);
  return ok([...b.events]);
}
