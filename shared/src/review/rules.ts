// Who may tag, ask, answer and unlock (ADR 0007). None of these touch the game: they only annotate it.
import { own } from '../model/lookup';
import type { DecideContext, ExerciseState } from '../engine/state';
import { reject, type Rejection } from '../protocol/errors';
import { fail, ok, type Result } from '../protocol/result';
import type { ReviewCommand } from './commands';
import type { ReviewEvent } from './events';
import { MAX_QUESTIONS, MAX_TAGS, type HotwashQuestion } from './state';

const refuse = (error: Rejection): Result<ReviewEvent[]> => fail(error);

export function decideReview(
  state: ExerciseState,
  command: ReviewCommand,
  ctx: DecideContext,
): Result<ReviewEvent[]> {
  switch (command.type) {
    case 'tagMoment':
      return tagMoment(state, command, ctx);
    case 'askHotwash':
      return askHotwash(state, command, ctx);
    case 'answerHotwash':
      return answerHotwash(state, command, ctx);
    case 'unlockReview':
      if (!ctx.actor.isControl) return refuse(reject('NOT_CONTROL', 'Only Control can unlock the review.'));
      if (state.review.unlocked)
        return refuse(reject('REVIEW_UNLOCKED', 'The full record is already open to every seat.'));
      return ok([{ type: 'reviewUnlocked', at: ctx.now }]);
  }
}

/** Control and observer seats tag moments: they watch the game rather than play it. */
function tagMoment(
  state: ExerciseState,
  command: Extract<ReviewCommand, { type: 'tagMoment' }>,
  ctx: DecideContext,
): Result<ReviewEvent[]> {
  const seat = state.scenario.seats.find((s) => s.id === ctx.actor.seatId);
  if (!ctx.actor.isControl && seat?.kind !== 'observer') {
    return refuse(reject('NOT_AN_OBSERVER', 'Only Control and observers tag moments.'));
  }
  // state.seq is the number of events so far: the last one stored is seq - 1.
  if (command.seq >= state.seq) {
    return refuse(
      reject('NO_SUCH_MOMENT', `There is no moment ${command.seq}: the log ends at ${state.seq - 1}.`, {
        reason: 'beyondLog',
        seq: command.seq,
        last: state.seq - 1,
      }),
    );
  }
  if (state.review.tags.length >= MAX_TAGS)
    return refuse(
      reject('REVIEW_FULL', `An exercise keeps at most ${MAX_TAGS} tags.`, { reason: 'tags', max: MAX_TAGS }),
    );
  return ok([
    {
      type: 'momentTagged',
      tagId: `t${state.review.tags.length + 1}`,
      seq: command.seq,
      kind: command.kind,
      note: command.note,
      by: ctx.actor.isControl ? null : (seat?.id ?? null),
      at: ctx.now,
    },
  ]);
}

/** Control asks at the end of a turn (adjudication or the hot wash phase) or once the game is over. */
function askHotwash(
  state: ExerciseState,
  command: Extract<ReviewCommand, { type: 'askHotwash' }>,
  ctx: DecideContext,
): Result<ReviewEvent[]> {
  if (!ctx.actor.isControl) return refuse(reject('NOT_CONTROL', 'Only Control asks hot wash questions.'));
  const { status, phase } = state.session;
  const endOfTurn = phase === 'adjudication' || phase === 'hotwash';
  if (status === 'lobby' || (status !== 'ended' && !endOfTurn)) {
    return refuse(
      reject(
        'WRONG_PHASE',
        'Ask hot wash questions at the end of a turn (adjudication or the hot wash) or after the end.',
        { reason: 'hotwash' },
      ),
    );
  }
  if (command.audience !== 'all') {
    const playable = new Set(state.scenario.seats.filter((s) => s.kind !== 'control').map((s) => s.id));
    const unknown = command.audience.find((id) => !playable.has(id));
    if (unknown !== undefined)
      return refuse(
        reject('NO_SUCH_SEAT', `There is no seat "${unknown}" to ask.`, {
          reason: 'unknown',
          seatId: unknown,
        }),
      );
  }
  if (state.review.questions.length >= MAX_QUESTIONS)
    return refuse(
      reject('REVIEW_FULL', `An exercise keeps at most ${MAX_QUESTIONS} hot wash questions.`, {
        reason: 'questions',
        max: MAX_QUESTIONS,
      }),
    );
  return ok([
    {
      type: 'hotwashAsked',
      questionId: `q${state.review.questions.length + 1}`,
      question: command.question,
      audience: command.audience === 'all' ? 'all' : [...new Set(command.audience)],
      turn: state.clock.turn,
      gameTime: state.clock.time,
      at: ctx.now,
    },
  ]);
}

export function isAskedOf(question: HotwashQuestion, seatId: string): boolean {
  return question.audience === 'all' || question.audience.includes(seatId);
}

/** A seat answers once, in its own name, a question put to it; the answers join the record. */
function answerHotwash(
  state: ExerciseState,
  command: Extract<ReviewCommand, { type: 'answerHotwash' }>,
  ctx: DecideContext,
): Result<ReviewEvent[]> {
  const seatId = ctx.actor.seatId;
  if (!seatId || !own(state.seats, seatId)) {
    return refuse(reject('NOT_YOUR_SEAT', 'Take a seat to answer hot wash questions.'));
  }
  const question = state.review.questions.find((q) => q.id === command.questionId);
  if (!question)
    return refuse(
      reject('NO_SUCH_QUESTION', `There is no question "${command.questionId}".`, {
        reason: 'unknown',
        questionId: command.questionId,
      }),
    );
  if (!isAskedOf(question, seatId))
    return refuse(reject('NOT_ASKED', 'That question was put to other seats.'));
  if (question.answers.some((a) => a.seatId === seatId)) {
    return refuse(reject('ALREADY_ANSWERED', 'Your seat has answered that question already.'));
  }
  return ok([{ type: 'hotwashAnswered', questionId: question.id, seatId, text: command.text, at: ctx.now }]);
}
