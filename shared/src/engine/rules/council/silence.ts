// The chair puts a draft under silence procedure: adopted at a game-time deadline unless broken.
import { own } from '../../../model/lookup';
import { reject } from '../../../protocol/errors';
import { fail, ok, type Result } from '../../../protocol/result';
import { blockersOf } from '../../../council/consensus';
import { silence } from '../../../council/table';
import type { CommandOf } from '../../commands';
import type { GameEvent } from '../../events';
import type { DecideContext, ExerciseState } from '../../state';
import { chairing, liveDraft } from './drafting';
import { inEnglish } from '../../../scenario/text';

export function placeUnderSilence(
  state: ExerciseState,
  command: CommandOf<'placeUnderSilence'>,
  ctx: DecideContext,
): Result<GameEvent[]> {
  const problem = chairing(state, ctx, 'start a silence procedure');
  if (problem) return fail(problem);
  const found = liveDraft(state, command.draftId);
  if (!found.ok) return found;
  const draft = found.value;
  if (draft.status === 'silence') {
    return fail(
      reject('ALREADY_UNDER_SILENCE', `Draft ${draft.id} is already under silence.`, {
        reason: 'draft',
        draft: draft.id,
      }),
    );
  }
  const blockers = blockersOf(state, draft);
  if (blockers.length > 0) {
    const allies = blockers.map((id) => own(state.council.allies, id)?.name ?? id);
    const names = allies.map(inEnglish).join(', ');
    return fail(
      reject(
        'DRAFT_BLOCKED',
        `Silence would be broken at once: ${names} still block draft ${draft.id}. Amend it first.`,
        { reason: 'blockers', draft: draft.id, allies },
      ),
    );
  }
  return ok([silence(state, draft, command.hours, ctx.now)]);
}
