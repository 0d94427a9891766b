// A name taken in an exercise cannot pass for someone else (ADR 0024): not another holder's name
// as a reader would see it, not Control, not another seat. Shape and hidden characters are the
// schema's (protocol/names.ts); this needs the state.
import { nameKey } from '../../protocol/names';
import { claimedRole } from '../../protocol/roleNames';
import { reject, type Rejection } from '../../protocol/errors';
import { inEnglish } from '../../scenario/text';
import type { ExerciseState } from '../state';

/** Names in use: every seat's holder but the one named, and every live assistant of Control. */
function namesInUse(state: ExerciseState, exceptSeatId: string | null): string[] {
  const holders = Object.entries(state.seats)
    .filter(([seatId]) => seatId !== exceptSeatId)
    .map(([, holder]) => holder.displayName);
  const assistants = Object.values(state.console?.assistants ?? {})
    .filter((key) => !key.revoked)
    .map((key) => key.name);
  return [...holders, ...assistants];
}

/**
 * Why a holder's name cannot be taken, or null: `seatId` is the seat it is for (its own names are
 * allowed), `control` a name of Control's team (Control's names are allowed).
 */
export function holderNameRefusal(
  state: ExerciseState,
  name: string,
  as: { readonly seatId: string | null; readonly control: boolean },
): Rejection | null {
  const key = nameKey(name);
  if (namesInUse(state, as.seatId).some((used) => nameKey(used) === key)) {
    return reject(
      'NAME_TAKEN',
      `Someone in this exercise already goes by "${name}" or a name that reads the same: choose another.`,
      { reason: 'taken', name },
    );
  }
  const role = claimedRole(name, state.scenario.seats, as);
  if (role)
    return reject(
      'NAME_CLAIMS_ROLE',
      `A name may not pass for ${inEnglish(role)}: choose a name of your own.`,
      {
        reason: 'holder',
        role,
      },
    );
  return null;
}

/** Why a channel's name cannot be taken: a player's channel may not pass for Control's. */
export function channelNameRefusal(state: ExerciseState, name: string, control: boolean): Rejection | null {
  const role = claimedRole(name, [], { seatId: null, control });
  return role
    ? reject('NAME_CLAIMS_ROLE', `A player’s channel may not be named for ${inEnglish(role)}.`, {
        reason: 'channel',
        role,
      })
    : null;
}
