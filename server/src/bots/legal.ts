// The `legal` request: the asking connection's own seat brief (its legal commands and its own
// leanings), never another seat's. A headless bot plays from this alone.
import { botBrief, type Actor, type ExerciseState, type LegalReply } from '@council/shared';

export function legalReply(state: ExerciseState, actor: Actor, now: Date): LegalReply {
  if (actor.isControl || !actor.seatId) {
    return {
      ok: false,
      code: 'NOT_YOUR_SEAT',
      message: 'Claim a seat first: the legal commands are a seat’s own.',
    };
  }
  return { ok: true, brief: botBrief(state, actor.seatId, now.toISOString()) };
}
