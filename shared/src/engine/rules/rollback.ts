// Rolling back (ADR 0012): Control takes the exercise back to the start of an earlier turn. The log
// stays append-only; a `rolledBack` event says from where the history counts again.
import { reject } from '../../protocol/errors';
import { fail, ok, type Result } from '../../protocol/result';
import { addSeconds } from '../../time/gameTime';
import type { CommandOf } from '../commands';
import type { GameEvent } from '../events';
import type { RolledBack } from '../events/rollback';
import { notLead } from '../../control/guards';
import type { DecideContext, ExerciseState, TurnStart } from '../state';

export function rollBack(
  state: ExerciseState,
  command: CommandOf<'rollBack'>,
  ctx: DecideContext,
): Result<GameEvent[]> {
  // Rewriting the run is the lead facilitator's call; an assistant Control is refused.
  const problem = notLead(ctx.actor);
  if (problem) return fail(problem);
  if (state.session.status === 'lobby') {
    return fail(
      reject('WRONG_PHASE', 'The exercise has not started: there is no turn to go back to.', {
        reason: 'noTurnYet',
      }),
    );
  }
  const start = state.turnStarts.find((t) => t.turn === command.toTurn);
  if (!start) {
    return fail(
      reject(
        'NO_SUCH_TURN',
        `There is no turn ${command.toTurn} to go back to; this run has turns 1 to ${state.clock.turn}.`,
        { reason: 'rollBack', turn: command.toTurn, last: state.clock.turn },
      ),
    );
  }
  return ok([{ type: 'rolledBack', toSeq: start.seq, fromSeq: state.seq, turn: start.turn, at: ctx.now }]);
}

/**
 * The live state after a rollback: `restored` is the state as it stood at `event.toSeq`. The
 * seats stay with the people who hold them now (who sits at the table is not part of the game's
 * history), the turn's first phase starts afresh at `event.at` (its old deadline has passed), a
 * paused exercise stays paused, and the sequence number goes on counting the log.
 */
export function afterRollBack(
  live: ExerciseState,
  restored: ExerciseState,
  event: RolledBack,
): ExerciseState {
  const { session } = restored;
  const paused = live.session.status === 'paused';
  const configured = session.phase ? session.phaseSeconds[session.phase] : 0;
  const seconds = configured > 0 ? configured : null;
  return {
    ...restored,
    seats: live.seats,
    seq: live.seq + 1,
    session: {
      ...session,
      status: paused ? 'paused' : 'running',
      submitted: [],
      phaseEndsAt: seconds !== null && !paused ? addSeconds(event.at, seconds) : null,
      remainingSeconds: seconds !== null && paused ? seconds : null,
    },
  };
}

/**
 * Where each turn began, after `event`. A turn begins with `turnStarted`, then its situation phase
 * and the injects due that turn, all decided together; its start is the log position after the
 * last of them, so going back there needs nothing re-decided. A rollback's restored state brings
 * its own list, so later turns drop out of it.
 */
export function turnStartsAfter(state: ExerciseState, event: GameEvent): readonly TurnStart[] {
  const starts = state.turnStarts;
  const last = starts[starts.length - 1];
  const next = state.seq + 1;
  if (event.type === 'turnStarted') {
    return [...starts.filter((t) => t.turn < event.turn), { turn: event.turn, seq: next }];
  }
  const opensTurn =
    last !== undefined &&
    last.seq === state.seq &&
    ((event.type === 'phaseStarted' && event.phase === 'situation' && event.turn === last.turn) ||
      (event.type === 'injectFired' && !event.byControl && event.turn === last.turn));
  return opensTurn ? [...starts.slice(0, -1), { turn: last.turn, seq: next }] : starts;
}
