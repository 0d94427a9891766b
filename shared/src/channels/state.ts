// The channels as the engine keeps them: who sits where, every message, and how far each reader got.
import type { LocalisedText } from '../scenario/text';
import type { ChannelKind, MessageKind, ObserverAccess } from '../model/channels';

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
  /** Oldest first; message n (its id ends in `.n`) is at index n − 1. */
  readonly messages: readonly ChannelMessage[];
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
  const channel = dot > 0 ? c.channels[id.slice(0, dot)] : undefined;
  if (!channel) return undefined;
  const at = messageIndex(channel, id);
  return at < 0 ? undefined : channel.messages[at];
}

/**
 * Where the message with this id stands in its channel, or −1: found from the id itself (the n-th
 * message of a channel is `<channel id>.<n>`), so a long history is not searched.
 */
export function messageIndex(channel: Channel, id: string): number {
  const prefix = channel.id.length;
  if (id.length <= prefix + 1 || id.charCodeAt(prefix) !== 46 || !id.startsWith(channel.id)) return -1;
  const n = Number(id.slice(prefix + 1));
  return Number.isInteger(n) && n >= 1 && channel.messages[n - 1]?.id === id ? n - 1 : -1;
}

/** Every message of every channel, channel by channel in the order they opened. */
export function everyMessage(c: ChannelsState): ChannelMessage[] {
  return c.order.flatMap((id) => c.channels[id]?.messages ?? []);
}
