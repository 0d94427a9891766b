// The channels a viewer may read, with their whole history, unread counts and mentions; nothing else.
import { canPost, canRead, channelList, readerKey } from '../channels/access';
import type { Channel, ChannelMessage } from '../channels/state';
import type { ChannelKind, ObserverAccess, RfiStatus } from '../model/channels';
import type { Actor, ExerciseState } from '../engine/state';
import { FRESH, viewerKey, type SectionMemo } from './viewMemo';

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

export function channelsView(state: ExerciseState, viewer: Actor, memo: SectionMemo = FRESH): ChannelsView {
  const readable = channelList(state).filter((c) => canRead(state, viewer, c));
  const stored = readable.map((c) => storedMessages(state, c, memo));
  const channels = readable.map((c, i) => channelView(state, viewer, c, stored[i]!, memo));
  const observerAccess = viewer.isControl ? state.channels.observerAccess : undefined;
  // A post in a channel this viewer does not read leaves every one of its channel views (and so
  // the counts and open requests worked out from them) as they were: keep the same section, so
  // the diff finds nothing to walk. A channel view is the same object only if its stored messages
  // are too (they are among its memo inputs).
  const key = memo.key('channelsSection', viewerKey(viewer));
  return memo.get(key, [observerAccess, ...channels], () => ({
    channels,
    unread: channels.reduce((n, c) => n + c.unread, 0),
    unreadMentions: channels.reduce((n, c) => n + c.unreadMentions, 0),
    openRfis: stored.flatMap((m, i) =>
      m.openRfis.map((messageId) => ({ channelId: channels[i]!.id, messageId })),
    ),
    ...(viewer.isControl ? { observerAccess: state.channels.observerAccess } : {}),
  }));
}

/** A channel's stored messages, the same for every reader: worked out once per change. */
interface StoredMessages {
  readonly list: readonly ChannelMessage[];
  /** The list this one extends by appending, when it does. */
  readonly grewFrom: StoredMessages | null;
  /** Requests for information still waiting for Control. */
  readonly openRfis: readonly string[];
}

function storedMessages(state: ExerciseState, channel: Channel, memo: SectionMemo): StoredMessages {
  const { messages } = state.channels;
  return memo.get(memo.key('messages', channel.id), [channel, messages], (previous?: StoredMessages) => {
    const list: ChannelMessage[] = [];
    for (const id of channel.messageIds) {
      const m = messages[id];
      if (m !== undefined) list.push(m);
    }
    const extends_ = previous !== undefined && startsWith(list, previous.list);
    // Nothing changed (another channel got the post): keep the same list, so readers keep theirs.
    if (extends_ && list.length === previous.list.length) return previous;
    const openRfis = list.filter((m) => m.template === 'rfi' && !m.answerId).map((m) => m.id);
    return { list, grewFrom: extends_ ? previous : null, openRfis };
  });
}

function startsWith(list: readonly unknown[], prefix: readonly unknown[]): boolean {
  if (list.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (list[i] !== prefix[i]) return false;
  return true;
}

interface Built {
  readonly stored: StoredMessages;
  readonly view: ChannelView;
}

function channelView(
  state: ExerciseState,
  viewer: Actor,
  channel: Channel,
  stored: StoredMessages,
  memo: SectionMemo,
): ChannelView {
  const reader = readerKey(viewer);
  const lastRead = (reader !== null && state.channels.reads[reader]?.[channel.id]) || null;
  // A post in one channel leaves the others' views as they were (same messages, same marker);
  // a post in this one extends the reader's view rather than rebuilding its whole history.
  const key = memo.key(memo.key('channel', viewerKey(viewer)), channel.id);
  return memo.get(key, [channel, lastRead, state.scenario, stored], (previous?: Built): Built => {
    const grown = previous && stored.grewFrom === previous.stored && previous.view.lastRead === lastRead;
    return {
      stored,
      view: grown
        ? extendChannelView(
            state,
            viewer,
            channel,
            previous.view,
            stored.list.slice(previous.stored.list.length),
          )
        : buildChannelView(state, viewer, channel, stored.list, lastRead),
    };
  }).view;
}

function extendChannelView(
  state: ExerciseState,
  viewer: Actor,
  channel: Channel,
  previous: ChannelView,
  added: readonly ChannelMessage[],
): ChannelView {
  const { unread, mentions } = unreadOf(state, viewer, added);
  return {
    ...header(viewer, channel),
    messages: previous.messages.concat(added.map(messageView)),
    lastRead: previous.lastRead,
    unread: previous.unread + unread,
    unreadMentions: previous.unreadMentions + mentions,
  };
}

function header(viewer: Actor, channel: Channel) {
  return {
    id: channel.id,
    kind: channel.kind,
    name: channel.name,
    members: channel.members,
    openedBy: channel.openedBy,
    openedAt: channel.openedAt,
    canPost: canPost(viewer, channel),
  };
}

/** Of these messages, the ones others sent, and of those the ones that mention the viewer. */
function unreadOf(state: ExerciseState, viewer: Actor, messages: readonly ChannelMessage[]) {
  const me = viewer.isControl ? null : viewer.seatId;
  const mine = viewer.isControl ? controlSeats(state) : me === null ? [] : [me];
  let unread = 0;
  let mentions = 0;
  for (const m of messages) {
    if (m.from === me) continue;
    unread++;
    if (m.mentions.some((id) => mine.includes(id))) mentions++;
  }
  return { unread, mentions };
}

function buildChannelView(
  state: ExerciseState,
  viewer: Actor,
  channel: Channel,
  messages: readonly ChannelMessage[],
  lastRead: string | null,
): ChannelView {
  const after = lastRead === null ? 0 : channel.messageIds.indexOf(lastRead) + 1;
  const { unread, mentions } = unreadOf(state, viewer, messages.slice(after));
  return {
    ...header(viewer, channel),
    messages: messages.map(messageView),
    lastRead,
    unread,
    unreadMentions: mentions,
  };
}

/** Mentioning a Control seat calls on Control. */
const controlSeats = (state: ExerciseState): string[] =>
  state.scenario.seats.filter((s) => s.kind === 'control').map((s) => s.id);

/** A stored message never changes in place, so its view is made once (and keeps its identity). */
const messageViews = new WeakMap<ChannelMessage, ChannelMessageView>();

function messageView(m: ChannelMessage): ChannelMessageView {
  let view = messageViews.get(m);
  if (!view) messageViews.set(m, (view = buildMessageView(m)));
  return view;
}

function buildMessageView(m: ChannelMessage): ChannelMessageView {
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
