// Older messages of a channel, for a reader of it: the same messages, in the same form, that its view
// held or would have held. A channel the asker may not read is answered as one that does not exist.
import { canRead } from './channelAccess';
import type { Actor, ExerciseState } from '../engine/state';
import { own } from '../model/lookup';
import { messageCount, messagesBetween } from '../channels/state';
import type { HistoryReply, HistoryRequest } from '../protocol/history';
import { HISTORY_PAGE, messageView } from './channelsView';

export function channelHistory(state: ExerciseState, actor: Actor, request: HistoryRequest): HistoryReply {
  const channel = own(state.channels.channels, request.channelId);
  if (!channel || !canRead(state, actor, channel)) {
    return {
      ok: false,
      code: 'NO_SUCH_CHANNEL',
      message: `There is no channel ${request.channelId} you may read.`,
    };
  }
  // After a rollback the history may be shorter than the client last saw: serve what is there.
  const before = Math.min(request.before, messageCount(channel));
  const earlier = Math.max(0, before - Math.min(request.limit ?? HISTORY_PAGE, HISTORY_PAGE));
  return {
    ok: true,
    channelId: channel.id,
    earlier,
    messages: messagesBetween(channel, earlier, before).map(messageView),
  };
}
