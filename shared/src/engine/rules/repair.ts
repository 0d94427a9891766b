// Repairing a log that cannot be replayed (ADR 0016). When a stored event cannot be applied, the
// exercise opens under repair; the lead facilitator's repair is a rollback to just before that
// event, so the log stays append-only and every replay sets the same tail aside.
import { reject, type Rejection } from '../../protocol/errors';
import { fail, ok, type Result } from '../../protocol/result';
import { notLead } from '../../control/guards';
import type { Command, CommandOf } from '../commands';
import type { GameEvent } from '../events';
import type { DecideContext, ExerciseState } from '../state';

/** Under repair, every command but the repair itself is refused. */
export function refusedUnderRepair(state: ExerciseState, command: Command): Rejection | null {
  if (!state.underRepair || command.type === 'repairLog') return null;
  return reject(
    'EXERCISE_UNDER_REPAIR',
    'The exercise is paused for repair: Control has to repair its record before play goes on.',
  );
}

export function repairLog(
  state: ExerciseState,
  command: CommandOf<'repairLog'>,
  ctx: DecideContext,
): Result<GameEvent[]> {
  const problem = notLead(ctx.actor);
  if (problem) return fail(problem);
  const broken = state.underRepair;
  if (!broken)
    return fail(
      reject('NOTHING_TO_DO', 'The exercise record is sound: there is nothing to repair.', {
        reason: 'soundRecord',
      }),
    );
  if (command.failedSeq !== broken.seq) {
    return fail(
      reject(
        'BAD_REQUEST',
        `The first event that cannot be applied is number ${broken.seq}, not ${command.failedSeq}.`,
        { reason: 'repairSeq', first: broken.seq, sent: command.failedSeq },
      ),
    );
  }
  return ok([
    { type: 'rolledBack', toSeq: broken.seq, fromSeq: state.seq, turn: state.clock.turn, at: ctx.now },
  ]);
}
