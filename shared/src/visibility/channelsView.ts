// The channels a viewer may read, with their whole history, unread counts and mentions; nothing else.
import { canPost, canRead, channelList, readerKey } from '../channels/access';
import type { Channel, ChannelMessage } from '../channels/state';
import type { ChannelKind, ObserverAccess, RfiStatus } from '../model/channels';
import type { Actor, ExerciseState } from '../engine/state';

/** A stored message as a reader sees it: the same fields, with its RFI status spelled out. */
export interface ChannelMessageView extends Pick<
  ChannelMessage,
  'id' | 'from' | 'template' | 'subject' | 'body' | 'mentions' | 'turn' | 'gameTime' | 'at'
> {
  /** A request for information: open until Control answers, then the answer's id. */
  readonly rfi: { readonly status: RfiStatus; readonly answerId: string | null } | null;
  /** Control's answer: the request it answers. */
  readonly answers: string | null;
}

export interface ChannelView {
  readonly id: string;
  readonly kind: ChannelKind;
  readonly name: string;
  /** Seat ids; Control reads every channel and is never listed. */
  readonly members: readonly string[];
  readonly openedBy: string | null;
  readonly openedAt: string | null;
  /** The viewer may post here (observers reading every channel may not). */
  readonly canPost: boolean;
  /** Oldest first: the whole history, so a rejoining seat misses nothing. */
  readonly messages: readonly ChannelMessageView[];
  /** The last message the viewer marked read, if any. */
  readonly lastRead: string | null;
  /** Messages after `lastRead` that others sent. */
  readonly unread: number;
  /** Of those, the ones that mention the viewer (for Control: a Control seat). */
  readonly unreadMentions: number;
}

export interface ChannelsView {
  /** Only channels the viewer may read, in the order they came to be. */
  readonly channels: readonly ChannelView[];
  readonly unread: number;
  readonly unreadMentions: number;
  /** Requests for information still waiting for Control, in channels the viewer reads. */
  readonly openRfis: readonly { readonly channelId: string; readonly messageId: string }[];
  /** Control only: what observers may read now. */
  readonly observerAccess?: ObserverAccess;
}

export function channelsView(state: ExerciseState, viewer: Actor): ChannelsView {
  const channels = channelList(state)
    .filter((c) => canRead(state, viewer, c))
    .map((c) => channelView(state, viewer, c));
  return {
    channels,
    unread: channels.reduce((n, c) => n + c.unread, 0),
    unreadMentions: channels.reduce((n, c) => n + c.unreadMentions, 0),
    openRfis: channels.flatMap((c) =>
      c.messages.filter((m) => m.rfi?.status === 'open').map((m) => ({ channelId: c.id, messageId: m.id })),
    ),
    ...(viewer.isControl ? { observerAccess: state.channels.observerAccess } : {}),
  };
}

function channelView(state: ExerciseState, viewer: Actor, channel: Channel): ChannelView {
  const messages = channel.messageIds
    .map((id) => state.channels.messages[id])
    .filter((m): m is ChannelMessage => m !== undefined);
  const reader = readerKey(viewer);
  const lastRead = (reader !== null && state.channels.reads[reader]?.[channel.id]) || null;
  const after = lastRead === null ? 0 : channel.messageIds.indexOf(lastRead) + 1;
  const me = viewer.isControl ? null : viewer.seatId;
  const unread = messages.slice(after).filter((m) => m.from !== me);
  const mine = viewer.isControl ? controlSeats(state) : me === null ? [] : [me];
  return {
    id: channel.id,
    kind: channel.kind,
    name: channel.name,
    members: channel.members,
    openedBy: channel.openedBy,
    openedAt: channel.openedAt,
    canPost: canPost(viewer, channel),
    messages: messages.map(messageView),
    lastRead,
    unread: unread.length,
    unreadMentions: unread.filter((m) => m.mentions.some((id) => mine.includes(id))).length,
  };
}

/** Mentioning a Control seat calls on Control. */
const controlSeats = (state: ExerciseState): string[] =>
  state.scenario.seats.filter((s) => s.kind === 'control').map((s) => s.id);

function messageView(m: ChannelMessage): ChannelMessageView {
  return {
    id: m.id,
    from: m.from,
    template: m.template,
    subject: m.subject,
    body: m.body,
    mentions: m.mentions,
    turn: m.turn,
    gameTime: m.gameTime,
    at: m.at,
    rfi: m.template === 'rfi' ? { status: m.answerId ? 'answered' : 'open', answerId: m.answerId } : null,
    answers: m.answers,
  };
}
