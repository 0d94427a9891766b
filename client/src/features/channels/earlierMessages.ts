// The older messages a reader has paged in for one channel, kept beside the view's recent window.
import type { ChannelMessageView, ChannelView } from '@council/shared';

/** Messages [start, start + messages.length) of a channel's history, contiguous with the view's window. */
export interface EarlierMessages {
  readonly channelId: string;
  readonly start: number;
  readonly messages: readonly ChannelMessageView[];
}

/** Where the paged-in messages end: the view's window must start there for them to be shown. */
const endOf = (earlier: EarlierMessages) => earlier.start + earlier.messages.length;

/**
 * The paged-in messages as the view moves on. When the window's start moves forward a page, the
 * messages it left behind join the paged-in ones, so a reader scrolled back keeps what it read;
 * when the window no longer meets them (another channel, or a rollback), they are dropped.
 */
export function followWindow(
  earlier: EarlierMessages | null,
  prev: ChannelView | undefined,
  next: ChannelView,
): EarlierMessages | null {
  if (!earlier || earlier.channelId !== next.id) return null;
  if (endOf(earlier) === next.earlier) return earlier;
  if (prev && prev.id === next.id && endOf(earlier) === prev.earlier && next.earlier > prev.earlier) {
    const left = prev.messages.slice(0, next.earlier - prev.earlier);
    if (left.length === next.earlier - prev.earlier)
      return { ...earlier, messages: [...earlier.messages, ...left] };
  }
  return null;
}

/** A page the server sent, put in front of what was already paged in (or of the window). */
export function withPage(
  earlier: EarlierMessages | null,
  channel: ChannelView,
  page: { readonly earlier: number; readonly messages: readonly ChannelMessageView[] },
): EarlierMessages | null {
  const end = earlier && earlier.channelId === channel.id ? earlier.start : channel.earlier;
  // A page that does not end where ours start is stale (the view moved meanwhile): ask again.
  if (page.earlier + page.messages.length !== end) return earlier;
  const kept = earlier && earlier.channelId === channel.id ? earlier.messages : [];
  return { channelId: channel.id, start: page.earlier, messages: [...page.messages, ...kept] };
}

/** How many messages older than everything shown the channel still holds. */
export const stillEarlier = (earlier: EarlierMessages | null, channel: ChannelView): number =>
  earlier && earlier.channelId === channel.id ? earlier.start : channel.earlier;
