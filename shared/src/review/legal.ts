// Review commands worth offering a seat now; `legalCommands` filters them through `decide`.
import type { Command } from '../engine/commands';
import type { Actor, ExerciseState } from '../engine/state';

export function reviewCandidates(state: ExerciseState, actor: Actor): Command[] {
  const last = Math.max(0, state.seq - 1);
  const list: Command[] = [{ type: 'tagMoment', seq: last, kind: 'friction', note: 'Worth discussing.' }];
  if (actor.isControl) {
    list.push({ type: 'askHotwash', question: 'What surprised you this turn?', audience: 'all' });
    list.push({ type: 'unlockReview' });
  }
  for (const question of state.review.questions) {
    list.push({ type: 'answerHotwash', questionId: question.id, text: 'Our answer.' });
  }
  return list;
}
