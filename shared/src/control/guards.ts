// Who on the Control team may do what: the lead everything, assistants all but the irreversible.
import { reject, type Rejection } from '../protocol/errors';
import type { SeatKind } from '../model/vocabulary';
import type { Actor, ExerciseState } from '../engine/state';

/** A Control connection without a role is the lead: it proved the exercise's own control key. */
export const isLeadControl = (actor: Actor): boolean => actor.isControl && actor.controlRole !== 'assistant';

export function notLead(actor: Actor): Rejection | null {
  if (!actor.isControl) return reject('NOT_CONTROL', 'Only Control can do this.');
  return isLeadControl(actor)
    ? null
    : reject('NOT_LEAD_CONTROL', 'Only the lead facilitator can do this; assistants run the rest.');
}

/** Seats a person or a bot can play: not Control's, not an observer's. */
const NOT_PLAYABLE: readonly SeatKind[] = ['control', 'observer'];

export function seatOrRejection(state: ExerciseState, seatId: string) {
  const seat = state.scenario.seats.find((s) => s.id === seatId);
  return seat ?? reject('NO_SUCH_SEAT', `There is no seat "${seatId}".`, { reason: 'unknown', seatId });
}

export const isPlayable = (kind: SeatKind): boolean => !NOT_PLAYABLE.includes(kind);
