// Applies the after-action record's events; pure and total.
import type { ReviewEvent } from './events';
import type { ReviewState } from './state';

/** `seq` is the sequence number the event is stored at. */
export function evolveReview(state: ReviewState, event: ReviewEvent, seq: number): ReviewState {
  switch (event.type) {
    case 'momentTagged':
      return {
        ...state,
        tags: [
          ...state.tags,
          { id: event.tagId, seq: event.seq, kind: event.kind, note: event.note, by: event.by, at: event.at },
        ],
      };
    case 'hotwashAsked':
      return {
        ...state,
        questions: [
          ...state.questions,
          {
            id: event.questionId,
            question: event.question,
            audience: event.audience,
            turn: event.turn,
            gameTime: event.gameTime,
            at: event.at,
            seq,
            answers: [],
          },
        ],
      };
    case 'hotwashAnswered':
      return {
        ...state,
        questions: state.questions.map((q) =>
          q.id === event.questionId
            ? { ...q, answers: [...q.answers, { seatId: event.seatId, text: event.text, at: event.at }] }
            : q,
        ),
      };
    case 'reviewUnlocked':
      return { ...state, unlocked: true };
  }
}
