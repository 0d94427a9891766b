// The channels as the engine keeps them: who sits where, every message, and how far each reader got.
import type { LocalisedText } from '../scenario/text';
import type { ChannelKind, MessageKind, ObserverAccess } from '../model/channels';
import { own } from '../model/lookup';

export interface Channel {
  readonly id: string;
  readonly kind: ChannelKind;
  readonly name: string;
  /** Seats that read and post here. Control reads and posts everywhere and is never listed. */
  readonly members: readonly string[];
  /** Seat that opened the channel; null for a standing channel or one Control opened. */
  readonly openedBy: string | null;
  /** Wall time it was opened; null for a standing channel. */
  readonly openedAt: string | null;
  /**
   * Older messages, oldest first, MESSAGE_PAGE to a page: a full page is never copied again, so a
   * post costs the same in a channel of ten messages and of a hundred thousand.
   */
  readonly pages: readonly (readonly ChannelMessage[])[];
  /**
   * The messages after the pages, oldest first: all of them while there are fewer than two pages,
   * then between one page and two (channelWith moves the oldest page out when a second fills).
   * Message n (its id ends in `.n`) is at index n − 1 of the whole history (messageAt).
   */
  readonly recent: readonly ChannelMessage[];
}

/** Messages to a page of a channel's history; the view's window and a history request move by it. */
export const MESSAGE_PAGE = 100;

/** How many messages the channel holds. */
export function messageCount(channel: Channel): number {
  return channel.pages.length * MESSAGE_PAGE + channel.recent.length;
}

/** The message at `index` of the whole history (0 the first), if there is one. */
export function messageAt(channel: Channel, index: number): ChannelMessage | undefined {
  const paged = channel.pages.length * MESSAGE_PAGE;
  if (index >= paged) return channel.recent[index - paged];
  return index >= 0 ? channel.pages[Math.floor(index / MESSAGE_PAGE)]?.[index % MESSAGE_PAGE] : undefined;
}

/** The newest message, if any. */
export function lastMessage(channel: Channel): ChannelMessage | undefined {
  return channel.recent.at(-1);
}

/** The messages from index `from` up to (not including) `to`, oldest first. */
export function messagesBetween(
  channel: Channel,
  from: number,
  to = messageCount(channel),
): ChannelMessage[] {
  const list: ChannelMessage[] = [];
  for (let i = Math.max(0, from); i < to; i++) {
    const m = messageAt(channel, i);
    if (m) list.push(m);
  }
  return list;
}

/** Every message of the channel, oldest first. */
export function channelMessages(channel: Channel): ChannelMessage[] {
  return [...channel.pages.flat(), ...channel.recent];
}

/**
 * The channel with `message` added at the end: only the recent messages are copied (at most two
 * pages), and when they reach two pages the older one becomes a page of its own.
 */
export function withMessageAdded(channel: Channel, message: ChannelMessage): Channel {
  const recent = [...channel.recent, message];
  if (recent.length < 2 * MESSAGE_PAGE) return { ...channel, recent };
  return {
    ...channel,
    pages: [...channel.pages, recent.slice(0, MESSAGE_PAGE)],
    recent: recent.slice(MESSAGE_PAGE),
  };
}

/** The channel with the message at `index` replaced (an answered request keeps its place). */
export function withMessageReplaced(channel: Channel, index: number, message: ChannelMessage): Channel {
  const paged = channel.pages.length * MESSAGE_PAGE;
  if (index >= paged) {
    const recent = channel.recent.slice();
    recent[index - paged] = message;
    return { ...channel, recent };
  }
  const at = Math.floor(index / MESSAGE_PAGE);
  const page = channel.pages[at]!.slice();
  page[index % MESSAGE_PAGE] = message;
  const pages = channel.pages.slice();
  pages[at] = page;
  return { ...channel, pages };
}

export interface ChannelMessage {
  /** `<channel id>.<n>`: unique, and counted within its channel only. */
  readonly id: string;
  readonly channelId: string;
  /** Seat id of the sender; null for Control (the white cell). */
  readonly from: string | null;
  readonly template: MessageKind;
  readonly subject: string | null;
  readonly body: string;
  /** A bot's set line in both languages; `body` is its English (MessagePosted). */
  readonly line?: LocalisedText;
  /** Seats the message calls on; each can read the channel. */
  readonly mentions: readonly string[];
  readonly turn: number;
  readonly gameTime: string;
  /** Wall time. */
  readonly at: string;
  /** For a request for information: Control's answer, once given. */
  readonly answerId: string | null;
  /** For Control's answer: the request it answers. */
  readonly answers: string | null;
}

/** Readers are seat ids, and CONTROL_READER for Control's connections together. */
export const CONTROL_READER = '@control';

export interface ChannelsState {
  readonly channels: Readonly<Record<string, Channel>>;
  /** Channel ids in the order they came to be: standing ones first. */
  readonly order: readonly string[];
  /** Per reader and channel, the last message read. */
  readonly reads: Readonly<Record<string, Readonly<Record<string, string>>>>;
  readonly observerAccess: ObserverAccess;
}

/** The message with this id (`<channel id>.<n>`), if there is one. */
export function findMessage(c: ChannelsState, id: string): ChannelMessage | undefined {
  const dot = id.lastIndexOf('.');
  // `own`: an id such as `__proto__.1` or `constructor.1` names no channel.
  const channel = dot > 0 ? own(c.channels, id.slice(0, dot)) : undefined;
  if (!channel) return undefined;
  const at = messageIndex(channel, id);
  return at < 0 ? undefined : messageAt(channel, at);
}

/**
 * Where the message with this id stands in its channel, or −1: found from the id itself (the n-th
 * message of a channel is `<channel id>.<n>`), so a long history is not searched.
 */
export function messageIndex(channel: Channel, id: string): number {
  const prefix = channel.id.length;
  if (id.length <= prefix + 1 || id.charCodeAt(prefix) !== 46 || !id.startsWith(channel.id)) return -1;
  const n = Number(id.slice(prefix + 1));
  return Number.isInteger(n) && n >= 1 && messageAt(channel, n - 1)?.id === id ? n - 1 : -1;
}

/** Every message of every channel, channel by channel in the order they opened. */
export function everyMessage(c: ChannelsState): ChannelMessage[] {
  return c.order.flatMap((id) => {
    const channel = c.channels[id];
    return channel ? channelMessages(channel) : [];
  });
}
