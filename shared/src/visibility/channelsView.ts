// The channels a viewer may read, with their recent history, unread counts and mentions; nothing else.
// Older messages are served a page at a time on request (channelHistory.ts).
import { canPost, channelList, readerKey } from '../channels/access';
import { canRead } from './channelAccess';
import { KEEP_NOTHING, type Keep } from './reuse';
import { MESSAGE_PAGE, messageIndex, type Channel, type ChannelMessage } from '../channels/state';
import type { ChannelKind, ObserverAccess, RfiStatus } from '../model/channels';
import type { Actor, ExerciseState } from '../engine/state';
import { storedMessages, type StoredMessages } from './storedMessages';

export { messageView } from './storedMessages';

/** A stored message as a reader sees it: the same fields, with its RFI status spelled out. */
export interface ChannelMessageView extends Pick<
  ChannelMessage,
  'id' | 'from' | 'template' | 'subject' | 'body' | 'line' | 'mentions' | 'turn' | 'gameTime' | 'at'
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
  /**
   * Oldest first: the recent history, between HISTORY_PAGE and twice that many messages (all of
   * them while there are fewer). The window's start moves a whole page at a time, so a new message
   * is an append to it (one small patch), and a long debate costs a late joiner a page, not all.
   */
  readonly messages: readonly ChannelMessageView[];
  /** How many older messages the channel holds before `messages[0]`: ask `history` for them. */
  readonly earlier: number;
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

/** Messages a `history` request returns at most, and the step by which the view's window moves. */
export const HISTORY_PAGE = MESSAGE_PAGE;

/** Where the view's window of a history of `length` messages starts: a whole number of pages in. */
export function windowStart(length: number): number {
  return Math.max(0, Math.floor((length - HISTORY_PAGE) / HISTORY_PAGE) * HISTORY_PAGE);
}

export function channelsView(state: ExerciseState, viewer: Actor): ChannelsView {
  return viewerChannels(state, viewer).section;
}

/**
 * What one viewer's channels section was built from. The cached view keeps it between publishes
 * and hands it back as `previous`: a post touches one channel, so the next build compares each
 * readable channel by identity and redoes only that one (and keeps the same section object when the
 * viewer does not read it, so the diff has nothing to walk).
 */
export interface ViewerChannels {
  /** The inputs that decide which channels the viewer reads. */
  readonly order: readonly string[];
  readonly observerAccess: ObserverAccess;
  readonly scenario: ExerciseState['scenario'];
  readonly readable: readonly string[];
  /** The channel records and the viewer's read markers it was built from (whole, for a quick check). */
  readonly records: Readonly<Record<string, Channel>>;
  readonly reads: Readonly<Record<string, string>> | undefined;
  /** Per readable channel: the record, its stored messages and the view built from them. */
  readonly channels: readonly Channel[];
  readonly stored: readonly StoredMessages[];
  readonly views: readonly ChannelView[];
  readonly section: ChannelsView;
}

export function viewerChannels(
  state: ExerciseState,
  viewer: Actor,
  previous?: ViewerChannels,
  keep: Keep = KEEP_NOTHING,
): ViewerChannels {
  const c = state.channels;
  const sameLayout =
    previous !== undefined &&
    previous.order === c.order &&
    previous.observerAccess === c.observerAccess &&
    previous.scenario === state.scenario;
  const before = sameLayout ? previous : undefined;
  const readable = before
    ? before.readable
    : channelList(state)
        .filter((ch) => canRead(state, viewer, ch))
        .map((ch) => ch.id);
  const reader = readerKey(viewer);
  const reads = reader === null ? undefined : c.reads[reader];
  // Most posts land in channels this viewer does not read: then nothing here is new.
  if (before && unchangedFor(before, c.channels, reads)) {
    return before.records === c.channels && before.reads === reads
      ? before
      : viewerChannelsOf(
          before,
          c.channels,
          reads,
          before.channels,
          before.stored,
          before.views,
          before.section,
        );
  }
  // Made at their size: grown by push, a long list of channels (Control reads them all) left
  // every smaller backing store behind as garbage on each post.
  const channels = new Array<Channel>(readable.length);
  const stored = new Array<StoredMessages>(readable.length);
  const views = new Array<ChannelView>(readable.length);
  let changed = before === undefined;
  for (let i = 0; i < readable.length; i++) {
    const channel = c.channels[readable[i]!]!;
    const lastRead = reads?.[channel.id] ?? null;
    const was = before && before.channels[i] === channel ? i : -1;
    const messages = was >= 0 ? before!.stored[i]! : storedMessages(channel, before?.stored[i], keep);
    const old = before?.views[i];
    let view: ChannelView;
    if (old && was >= 0 && old.lastRead === lastRead) view = old;
    else if (old && messages.grewFrom === before!.stored[i]!.list && old.lastRead === lastRead)
      view = extendChannelView(state, viewer, channel, old, messages, before!.stored[i]!.list.length);
    else view = buildChannelView(state, viewer, channel, messages, lastRead);
    if (view !== old) changed = true;
    channels[i] = channel;
    stored[i] = messages;
    views[i] = view;
  }
  const layout = { order: c.order, observerAccess: c.observerAccess, scenario: state.scenario, readable };
  if (!changed && previous)
    return viewerChannelsOf(layout, c.channels, reads, channels, stored, views, previous.section);
  let unread = 0;
  let unreadMentions = 0;
  for (const v of views) {
    unread += v.unread;
    unreadMentions += v.unreadMentions;
  }
  const openRfis =
    previous && before && sameOpenRfis(before.stored, stored)
      ? previous.section.openRfis
      : stored.flatMap((m, i) => m.openRfis.map((messageId) => ({ channelId: views[i]!.id, messageId })));
  const section: ChannelsView = viewer.isControl
    ? { channels: views, unread, unreadMentions, openRfis, observerAccess: c.observerAccess }
    : { channels: views, unread, unreadMentions, openRfis };
  return viewerChannelsOf(layout, c.channels, reads, channels, stored, views, section);
}

/** The same channels with the same open requests: the section's list of them is kept. */
function sameOpenRfis(before: readonly StoredMessages[], now: readonly StoredMessages[]): boolean {
  if (before.length !== now.length) return false;
  for (let i = 0; i < now.length; i++) if (before[i]!.openRfis !== now[i]!.openRfis) return false;
  return true;
}

/** One literal with every field (see channelView below). */
function viewerChannelsOf(
  layout: Pick<ViewerChannels, 'order' | 'observerAccess' | 'scenario' | 'readable'>,
  records: ViewerChannels['records'],
  reads: ViewerChannels['reads'],
  channels: readonly Channel[],
  stored: readonly StoredMessages[],
  views: readonly ChannelView[],
  section: ChannelsView,
): ViewerChannels {
  return {
    order: layout.order,
    observerAccess: layout.observerAccess,
    scenario: layout.scenario,
    readable: layout.readable,
    records,
    reads,
    channels,
    stored,
    views,
    section,
  };
}

/** Every channel the viewer reads is the same record, with the same read marker, as last time. */
function unchangedFor(
  before: ViewerChannels,
  records: Readonly<Record<string, Channel>>,
  reads: Readonly<Record<string, string>> | undefined,
): boolean {
  // Whole records first: a read marker leaves the channel records as they were, a post the
  // viewer's markers; looking keys up in them one by one is what costs.
  const sameRecords = records === before.records;
  const sameReads = reads === before.reads;
  if (sameRecords && sameReads) return true;
  for (let i = 0; i < before.readable.length; i++) {
    const id = before.readable[i]!;
    if (!sameRecords && records[id] !== before.channels[i]) return false;
    if (!sameReads && (reads?.[id] ?? null) !== before.views[i]!.lastRead) return false;
  }
  return true;
}

function extendChannelView(
  state: ExerciseState,
  viewer: Actor,
  channel: Channel,
  previous: ChannelView,
  stored: StoredMessages,
  seen: number,
): ChannelView {
  const counted = unreadOf(state, viewer, stored.list, seen);
  return channelView(
    viewer,
    channel,
    stored,
    previous.lastRead,
    previous.unread + unreadCount(counted),
    previous.unreadMentions + mentionCount(counted),
  );
}

/**
 * One literal with every field, never `{ ...header, more }`: V8 gave objects built by spreading
 * and adding a hidden class each, ~115 KB a room across its channel, unit and picture views.
 */
function channelView(
  viewer: Actor,
  channel: Channel,
  stored: StoredMessages,
  lastRead: string | null,
  unread: number,
  unreadMentions: number,
): ChannelView {
  return {
    id: channel.id,
    kind: channel.kind,
    name: channel.name,
    members: channel.members,
    openedBy: channel.openedBy,
    openedAt: channel.openedAt,
    canPost: canPost(viewer, channel),
    messages: stored.views,
    earlier: stored.start,
    lastRead,
    unread,
    unreadMentions,
  };
}

/**
 * Of the messages from `from` on, the ones others sent, and of those the ones that mention the
 * viewer, as one number (unreadCount, mentionCount): this runs for every reader of every post.
 */
function unreadOf(state: ExerciseState, viewer: Actor, messages: readonly ChannelMessage[], from: number) {
  const me = viewer.isControl ? null : viewer.seatId;
  // Control's seats are looked up only for a message that mentions someone.
  let controls: readonly string[] | null = null;
  let unread = 0;
  let mentions = 0;
  for (let i = from; i < messages.length; i++) {
    const m = messages[i]!;
    if (m.from === me) continue;
    unread++;
    if (m.mentions.length === 0) continue;
    if (viewer.isControl) controls ??= controlSeats(state);
    if (mentionsAny(m.mentions, me, controls)) mentions++;
  }
  return unread * MENTIONS + mentions;
}

/** unreadOf over the whole history from index `from`: its pages, then its recent messages. */
function unreadInChannel(state: ExerciseState, viewer: Actor, channel: Channel, from: number): number {
  let counted = 0;
  for (let p = Math.floor(from / MESSAGE_PAGE); p < channel.pages.length; p++)
    counted += unreadOf(state, viewer, channel.pages[p]!, Math.max(0, from - p * MESSAGE_PAGE));
  return (
    counted + unreadOf(state, viewer, channel.recent, Math.max(0, from - channel.pages.length * MESSAGE_PAGE))
  );
}

/** Counts packed in one number (unreadOf): mentions below this, unread messages above. */
const MENTIONS = 2 ** 26;
const unreadCount = (counted: number) => Math.floor(counted / MENTIONS);
const mentionCount = (counted: number) => counted % MENTIONS;

function mentionsAny(mentions: readonly string[], me: string | null, controls: readonly string[] | null) {
  for (const id of mentions) if (controls ? controls.includes(id) : id === me) return true;
  return false;
}

function buildChannelView(
  state: ExerciseState,
  viewer: Actor,
  channel: Channel,
  stored: StoredMessages,
  lastRead: string | null,
): ChannelView {
  const after = lastRead === null ? 0 : messageIndex(channel, lastRead) + 1;
  const counted = unreadInChannel(state, viewer, channel, after);
  return channelView(viewer, channel, stored, lastRead, unreadCount(counted), mentionCount(counted));
}

/** Mentioning a Control seat calls on Control. */
function controlSeats(state: ExerciseState): readonly string[] {
  return state.scenario.seats.filter((s) => s.kind === 'control').map((s) => s.id);
}
