// A player takes a free seat; seats are exclusive, control seats need the control key, and a
// Control connection takes no player seat.
import { own } from '../../model/lookup';
import { reject } from '../../protocol/errors';
import { fail, ok, type Result } from '../../protocol/result';
import type { Command } from '../commands';
import type { GameEvent } from '../events';
import type { DecideContext, ExerciseState } from '../state';
import { holderNameRefusal } from './holderNames';
import { inEnglish } from '../../scenario/text';

type ClaimSeat = Extract<Command, { type: 'claimSeat' }>;

export function claimSeat(state: ExerciseState, command: ClaimSeat, ctx: DecideContext): Result<GameEvent[]> {
  const seat = state.scenario.seats.find((s) => s.id === command.seatId);
  if (!seat)
    return fail(
      reject('NO_SUCH_SEAT', `There is no seat "${command.seatId}".`, {
        reason: 'unknown',
        seatId: command.seatId,
      }),
    );
  if (seat.kind === 'control') {
    return fail(reject('SEAT_RESERVED_FOR_CONTROL', 'Control seats are taken with the control key.'));
  }
  // A Control connection sees every secret: it plays no seat, lead or assistant (ADR 0019).
  if (ctx.actor.isControl) {
    return fail(
      reject(
        'CONTROL_HOLDS_NO_SEAT',
        'A Control connection cannot take a player’s seat: open the seat in a browser without the control key.',
      ),
    );
  }
  if (ctx.actor.seatId !== null) {
    return fail(reject('ALREADY_SEATED', 'You already hold a seat; release it first.'));
  }
  const holder = own(state.seats, seat.id);
  if (holder) {
    return fail(
      reject('SEAT_TAKEN', `${inEnglish(seat.label)} is already held by ${holder.displayName}.`, {
        reason: 'held',
        seat: seat.label,
        name: holder.displayName,
      }),
    );
  }
  const badName = holderNameRefusal(state, command.displayName, { seatId: seat.id, control: false });
  if (badName) return fail(badName);
  return ok([
    {
      type: 'seatClaimed',
      seatId: seat.id,
      displayName: command.displayName,
      tokenHash: ctx.newSeatTokenHash,
      at: ctx.now,
    },
  ]);
}
