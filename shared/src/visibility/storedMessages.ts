// A channel's stored messages as its readers see them, worked out once per channel record and shared
// by every reader (channelsView.ts builds each reader's channel from them).
import { MESSAGE_PAGE, channelMessages, type Channel, type ChannelMessage } from '../channels/state';
import { extendsArray, grownFrom } from '../engine/growth';
import type { ChannelMessageView } from './channelsView';
import type { Keep } from './reuse';

/** A channel's stored messages, the same for every reader. */
export interface StoredMessages {
  /** The channel's recent messages (Channel.recent): the view's window. */
  readonly list: readonly ChannelMessage[];
  /** The channel's pages of older messages, which the window follows. */
  readonly pages: Channel['pages'];
  /**
   * The list this one extends by appending, when it does: the list alone, never its stored record,
   * which would hold the one before it and so on, keeping every copy of a long history alive.
   */
  readonly grewFrom: readonly ChannelMessage[] | null;
  /** Requests for information still waiting for Control. */
  readonly openRfis: readonly string[];
  /** Where the window starts in the whole history: after the pages (windowStart of its length). */
  readonly start: number;
  /**
   * The messages of the window as every reader sees them: one array per channel record, shared by
   * its readers.
   */
  readonly views: readonly ChannelMessageView[];
}

/**
 * Worked out once per channel record when a keeper is given: every reader's build finds it there.
 * A message changes in place only when Control answers a request, and the answer lands in the same
 * channel, so the channel record is new whenever any of its messages is.
 */
export function storedMessages(
  channel: Channel,
  previous: StoredMessages | undefined,
  keep: Keep,
): StoredMessages {
  return keep([channel], 'stored', () => buildStoredMessages(channel, previous));
}

function buildStoredMessages(channel: Channel, previous?: StoredMessages): StoredMessages {
  const list = channel.recent;
  const samePages = previous !== undefined && previous.pages === channel.pages;
  if (samePages && list === previous.list) return previous;
  const grew = samePages && extendsArray(previous.list, list);
  // Only the new messages are looked at when the history grew (over a new page or not);
  // otherwise all of them.
  const added = grew ? list.slice(previous.list.length) : null;
  const addedAcross = !grew && previous !== undefined ? addedOverNewPage(previous, channel) : null;
  const openRfis = openRequests(added ?? addedAcross ?? channelMessages(channel));
  const kept = grew || addedAcross !== null;
  const start = channel.pages.length * MESSAGE_PAGE;
  return {
    list,
    pages: channel.pages,
    grewFrom: grew ? previous.list : null,
    openRfis:
      !kept || !previous
        ? openRfis
        : openRfis.length === 0
          ? previous.openRfis
          : [...previous.openRfis, ...openRfis],
    start,
    views: added
      ? grownFrom(previous!.views.concat(added.map(messageView)), previous!.views)
      : windowViews(list, start, previous),
  };
}

/**
 * The messages added since `previous` when its recent messages became the channel's newest page
 * and more followed (a post that filled the second page), or null if the history changed otherwise.
 */
function addedOverNewPage(previous: StoredMessages, channel: Channel): readonly ChannelMessage[] | null {
  const { pages, recent } = channel;
  if (pages.length !== previous.pages.length + 1) return null;
  for (let i = 0; i < previous.pages.length; i++) if (pages[i] !== previous.pages[i]) return null;
  const page = pages.at(-1)!;
  const was = previous.list;
  if (was.length < page.length || was.length >= page.length + recent.length) return null;
  for (let i = 0; i < was.length; i++)
    if (was[i] !== (i < page.length ? page[i] : recent[i - page.length])) return null;
  return recent.slice(was.length - page.length);
}

const openRequests = (messages: readonly ChannelMessage[]): string[] =>
  messages.filter((m) => m.template === 'rfi' && !m.answerId).map((m) => m.id);

/** The window's message views, reusing the earlier window's view of every message it still holds. */
function windowViews(
  list: readonly ChannelMessage[],
  start: number,
  previous: StoredMessages | undefined,
): ChannelMessageView[] {
  const views: ChannelMessageView[] = [];
  for (let i = 0; i < list.length; i++) {
    const m = list[i]!;
    const at = previous ? start + i - previous.start : -1;
    const known = at >= 0 && previous!.list[at] === m ? previous!.views[at] : undefined;
    views.push(known ?? messageView(m));
  }
  return views;
}

/**
 * A message as its readers see it. A stored message never changes in place, so a rebuilt list
 * keeps the views of the messages it still holds at the same place (see storedMessages).
 */
export function messageView(m: ChannelMessage): ChannelMessageView {
  return {
    id: m.id,
    from: m.from,
    template: m.template,
    subject: m.subject,
    body: m.body,
    ...(m.line ? { line: m.line } : {}),
    mentions: m.mentions,
    turn: m.turn,
    gameTime: m.gameTime,
    at: m.at,
    rfi: m.template === 'rfi' ? { status: m.answerId ? 'answered' : 'open', answerId: m.answerId } : null,
    answers: m.answers,
  };
}
