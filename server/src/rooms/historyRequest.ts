// The `history` request: a page of older messages of a channel the asking connection may read.
import {
  HistoryRequestSchema,
  channelHistory,
  type Actor,
  type ExerciseState,
  type HistoryReply,
} from '@council/shared';

export function historyReply(state: ExerciseState, actor: Actor, payload: unknown): HistoryReply {
  const parsed = HistoryRequestSchema.safeParse(payload);
  if (!parsed.success) {
    return {
      ok: false,
      code: 'BAD_REQUEST',
      message: 'A history request is {channelId, before, limit?}: before is where your messages start.',
    };
  }
  return channelHistory(state, actor, parsed.data);
}
