import { describe, expect, it } from 'vitest';
import { CommandSchema } from '../engine/commands';
import { decide } from '../engine/decide';
import { initialState } from '../engine/evolve';
import { created } from '../engine/fixtures';
import { advanceTo, ctxFor, run, seat } from '../engine/harness';
import type { ExerciseState } from '../engine/state';
import { viewFor } from '../visibility/view';

const presence = { connectedSeats: new Set<string>(), controlConnections: 0 };
const lobby = seat(initialState(created), 'usa', 'est', 'secgen', 'observer');
const consulting = advanceTo(run(lobby, 'control', { type: 'startExercise' }), 'consultation');
const adjudicating = advanceTo(consulting, 'adjudication');

function refusal(state: ExerciseState, seatId: string, command: unknown) {
  const parsed = CommandSchema.parse(command);
  const result = decide(state, parsed, ctxFor(state, seatId));
  return result.ok ? null : result.error.code;
}

const view = (state: ExerciseState, seatId: string) =>
  viewFor(
    state,
    seatId === 'control' ? { seatId: null, isControl: true } : { seatId, isControl: false },
    presence,
  );

describe('tags', () => {
  it('Control and observers tag an existing moment; players and moments to come are refused', () => {
    const tagged = run(consulting, 'observer', {
      type: 'tagMoment',
      seq: 3,
      kind: 'friction',
      note: 'Slow start',
    });
    expect(tagged.review.tags).toEqual([
      { id: 't1', seq: 3, kind: 'friction', note: 'Slow start', by: 'observer', at: expect.any(String) },
    ]);
    const byControl = run(tagged, 'control', { type: 'tagMoment', seq: 0, kind: 'surprise', note: '' });
    expect(byControl.review.tags[1]).toMatchObject({ id: 't2', by: null, kind: 'surprise' });
    expect(refusal(consulting, 'usa', { type: 'tagMoment', seq: 1, kind: 'other' })).toBe('NOT_AN_OBSERVER');
    expect(refusal(consulting, 'observer', { type: 'tagMoment', seq: consulting.seq, kind: 'other' })).toBe(
      'NO_SUCH_MOMENT',
    );
    expect(CommandSchema.safeParse({ type: 'tagMoment', seq: 1, kind: 'whim' }).success).toBe(false);
  });

  it('players see tags only once the review is unlocked; observers and Control always', () => {
    const tagged = run(consulting, 'control', {
      type: 'tagMoment',
      seq: 2,
      kind: 'decision-point',
      note: 'n',
    });
    expect(view(tagged, 'usa').review.tags).toEqual([]);
    expect(view(tagged, 'observer').review.tags).toHaveLength(1);
    expect(view(tagged, 'control').review.tags).toHaveLength(1);
    const open = run(tagged, 'control', { type: 'unlockReview' });
    expect(view(open, 'usa').review).toMatchObject({
      unlocked: true,
      fullRecord: true,
      tags: [{ id: 't1' }],
    });
    expect(refusal(open, 'control', { type: 'unlockReview' })).toBe('REVIEW_UNLOCKED');
    expect(refusal(tagged, 'usa', { type: 'unlockReview' })).toBe('NOT_CONTROL');
  });
});

describe('hot wash', () => {
  it('is asked at the end of a turn or of the game, not while the council sits', () => {
    expect(refusal(consulting, 'control', { type: 'askHotwash', question: 'Why?' })).toBe('WRONG_PHASE');
    expect(refusal(adjudicating, 'usa', { type: 'askHotwash', question: 'Why?' })).toBe('NOT_CONTROL');
    expect(
      refusal(adjudicating, 'control', { type: 'askHotwash', question: 'Why?', audience: ['nobody'] }),
    ).toBe('NO_SUCH_SEAT');
    const ended = run(consulting, 'control', { type: 'endExercise' });
    expect(refusal(ended, 'control', { type: 'askHotwash', question: 'Why?' })).toBeNull();
  });

  it('a seat answers once a question put to it; others see neither the question nor the answer until unlocked', () => {
    const asked = run(adjudicating, 'control', {
      type: 'askHotwash',
      question: 'What slowed the council?',
      audience: ['usa', 'secgen'],
    });
    expect(asked.review.questions[0]).toMatchObject({ id: 'q1', turn: 1, audience: ['usa', 'secgen'] });
    const answered = run(asked, 'usa', {
      type: 'answerHotwash',
      questionId: 'q1',
      text: 'CANARY-usa-answer',
    });
    expect(refusal(answered, 'usa', { type: 'answerHotwash', questionId: 'q1', text: 'again' })).toBe(
      'ALREADY_ANSWERED',
    );
    expect(refusal(answered, 'est', { type: 'answerHotwash', questionId: 'q1', text: 'me too' })).toBe(
      'NOT_ASKED',
    );
    expect(refusal(answered, 'usa', { type: 'answerHotwash', questionId: 'q9', text: 'x' })).toBe(
      'NO_SUCH_QUESTION',
    );
    expect(view(answered, 'usa').review.hotwash).toEqual([
      expect.objectContaining({ id: 'q1', askedOfYou: true, yourAnswer: 'CANARY-usa-answer' }),
    ]);
    const secgen = view(answered, 'secgen').review.hotwash;
    expect(secgen[0]).toMatchObject({ askedOfYou: true, yourAnswer: null, answers: [] });
    expect(JSON.stringify(view(answered, 'secgen'))).not.toContain('CANARY-usa-answer');
    expect(view(answered, 'est').review.hotwash).toEqual([]);
    expect(view(answered, 'control').review.hotwash[0]?.answers).toHaveLength(1);
    const open = run(answered, 'control', { type: 'unlockReview' });
    expect(view(open, 'est').review.hotwash[0]?.answers[0]?.text).toBe('CANARY-usa-answer');
  });
});
