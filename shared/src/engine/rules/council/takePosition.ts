// An ally delegation states its position on a draft, once its capital's instructions have arrived.
import { own } from '../../../model/lookup';
import { reject } from '../../../protocol/errors';
import { fail, ok, type Result } from '../../../protocol/result';
import { POSITIONS_WITH_TEXT } from '../../../model/council';
import { phraseFor } from '../../../council/phrases';
import { recordPosition } from '../../../council/record';
import { addHours, formatGameTime, isBefore, latest } from '../../../time/gameTime';
import type { CommandOf } from '../../commands';
import { emitter } from '../../emit';
import type { GameEvent } from '../../events';
import { allyOrRejection, COUNCIL_PHASES, wrongPhase } from '../../guards';
import type { DecideContext, ExerciseState } from '../../state';
import { liveDraft } from './drafting';

export function takePosition(
  state: ExerciseState,
  command: CommandOf<'takePosition'>,
  ctx: DecideContext,
): Result<GameEvent[]> {
  const allyId = allyOrRejection(state, ctx.actor);
  if (typeof allyId !== 'string') return fail(allyId);
  const phase = wrongPhase(state, COUNCIL_PHASES, 'take a position');
  if (phase) return fail(phase);
  const when = (iso: string) => formatGameTime(state.scenario.startsAt, iso);
  const closed = own(state.council.drafts, command.draftId);
  if (closed?.status === 'adopted' && closed.adoptedVia === 'silence' && closed.adoptedAt) {
    return fail(
      reject(
        'DEADLINE_PASSED',
        `Silence on draft ${closed.id} ended at ${when(closed.adoptedAt)}; it was adopted.`,
        { reason: 'adopted', draft: closed.id, at: closed.adoptedAt },
      ),
    );
  }
  const found = liveDraft(state, command.draftId);
  if (!found.ok) return found;
  const draft = found.value;
  const text = command.text?.length ? command.text : null;
  if (!text && POSITIONS_WITH_TEXT.includes(command.position)) {
    const what =
      command.position === 'requestAmendment'
        ? 'the amendment you ask for'
        : 'the footnote of your reservation';
    return fail(
      reject('TEXT_REQUIRED', `Write ${what}.`, {
        reason: command.position === 'requestAmendment' ? 'amendment' : 'reservation',
      }),
    );
  }
  // A turn's moves are made for its whole window of game time; instructions due within it count.
  const ready = own(draft.instructionsAt, allyId) ?? state.clock.time;
  const windowEnd = addHours(state.clock.time, state.clock.stepHours);
  if (!isBefore(ready, windowEnd)) {
    return fail(
      reject(
        'INSTRUCTIONS_PENDING',
        `Your capital's instructions on draft ${draft.id} arrive at ${when(ready)}, after this turn.`,
        { reason: 'arrive', draft: draft.id, at: ready },
      ),
    );
  }
  const gameTime = latest(state.clock.time, ready);
  if (draft.silenceDeadline && isBefore(draft.silenceDeadline, gameTime)) {
    return fail(
      reject(
        'DEADLINE_PASSED',
        `Silence on draft ${draft.id} ends at ${when(draft.silenceDeadline)}, before your instructions arrive.`,
        { reason: 'beforeInstructions', draft: draft.id, at: draft.silenceDeadline },
      ),
    );
  }
  const phrase = command.phrase ?? null;
  if (phrase !== null && phrase !== phraseFor(command.position)) {
    return fail(
      reject('BAD_REQUEST', `“${phrase}” does not go with the stand “${command.position}”.`, {
        reason: 'phrase',
        phrase,
        position: command.position,
      }),
    );
  }
  const b = emitter(state);
  recordPosition(b, {
    type: 'positionTaken',
    draftId: draft.id,
    allyId,
    position: command.position,
    text,
    phrase,
    source: 'delegation',
    gameTime,
    reviewAt: null,
    roll: null,
    rng: null,
    at: ctx.now,
  });
  return ok([...b.events]);
}
