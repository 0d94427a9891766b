// Applies the events of the channels: new channels, messages, answers, read marks, observers' access.
import {
  CONTROL_READER,
  findMessage,
  messageIndex,
  withMessageAdded,
  withMessageReplaced,
  type Channel,
  type ChannelMessage,
  type ChannelsState,
} from '../channels/state';
import { applyEffects } from '../council/effects';
import { grownFrom } from './growth';
import type { ChannelEvent } from './events/channels';
import type { ExerciseState } from './state';

export function evolveChannels(state: ExerciseState, event: ChannelEvent): ExerciseState {
  const c = state.channels;
  const withChannels = (patch: Partial<ChannelsState>): ExerciseState => ({
    ...state,
    channels: { ...c, ...patch },
  });
  switch (event.type) {
    case 'channelOpened': {
      const channel: Channel = {
        id: event.channelId,
        kind: event.kind,
        name: event.name,
        members: event.members,
        openedBy: event.openedBy,
        openedAt: event.at,
        pages: [],
        recent: [],
      };
      return withChannels({
        channels: { ...c.channels, [channel.id]: channel },
        order: [...c.order, channel.id],
      });
    }
    case 'messagePosted': {
      const message: ChannelMessage = {
        id: event.messageId,
        channelId: event.channelId,
        from: event.from,
        template: event.template,
        subject: event.subject,
        body: event.body,
        ...(event.line ? { line: event.line } : {}),
        mentions: event.mentions,
        turn: event.turn,
        gameTime: event.gameTime,
        at: event.at,
        answerId: null,
        answers: null,
      };
      const next = withChannels(added(c, message));
      return event.effects.length > 0 ? applyEffects(next, event.effects) : next;
    }
    case 'rfiAnswered': {
      const rfi = findMessage(c, event.rfiId);
      if (!rfi) return state;
      const answer: ChannelMessage = {
        id: event.answerId,
        channelId: event.channelId,
        from: null,
        template: 'rfiAnswer',
        subject: rfi.subject,
        body: event.body,
        mentions: rfi.from === null ? [] : [rfi.from],
        turn: event.turn,
        gameTime: event.gameTime,
        at: event.at,
        answerId: null,
        answers: rfi.id,
      };
      const asking = c.channels[rfi.channelId]!;
      const answered = withMessageReplaced(asking, messageIndex(asking, rfi.id), {
        ...rfi,
        answerId: answer.id,
      });
      return withChannels(added({ ...c, channels: { ...c.channels, [asking.id]: answered } }, answer));
    }
    case 'channelRead': {
      const reader = event.seatId ?? CONTROL_READER;
      return withChannels({
        reads: { ...c.reads, [reader]: { ...c.reads[reader], [event.channelId]: event.messageId } },
      });
    }
    case 'observerAccessSet':
      return withChannels({ observerAccess: event.access });
  }
}

/** The message appended to its channel: only that channel's list and the channel record are new. */
function added(c: ChannelsState, message: ChannelMessage): Pick<ChannelsState, 'channels'> {
  const channel = c.channels[message.channelId];
  if (!channel) return { channels: c.channels };
  const grown = withMessageAdded(channel, message);
  // The recent messages extend the last ones unless a page was just moved out of them.
  if (grown.pages === channel.pages) grownFrom(grown.recent, channel.recent);
  return { channels: { ...c.channels, [channel.id]: grown } };
}
