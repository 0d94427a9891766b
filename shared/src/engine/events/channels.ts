// Events of the channels: opened, posted, answered, read; a statement carries the effects it had.
import type { LocalisedText } from '../../scenario/text';
import type { ChannelKind, MessageTemplate, ObserverAccess } from '../../model/channels';
import type { Effect } from '../../scenario/effects';

/** `at` is wall time; `gameTime` scenario time. */
export interface ChannelOpened {
  readonly type: 'channelOpened';
  readonly channelId: string;
  readonly kind: Extract<ChannelKind, 'group' | 'backChannel'>;
  readonly name: string;
  readonly members: readonly string[];
  /** Null when Control opened it. */
  readonly openedBy: string | null;
  readonly gameTime: string;
  readonly at: string;
}

export interface MessagePosted {
  readonly type: 'messagePosted';
  readonly messageId: string;
  readonly channelId: string;
  /** Null when Control posted it. */
  readonly from: string | null;
  readonly template: MessageTemplate;
  readonly subject: string | null;
  readonly body: string;
  /**
   * A bot's set line (the scenario's, or the product's when the scenario gives none), in both
   * languages: each reader reads it in theirs, and `body` is its English. Absent for a person's words.
   */
  readonly line?: LocalisedText;
  readonly mentions: readonly string[];
  /** What a public statement did to public opinion (scenario/channels.ts); usually none. */
  readonly effects: readonly Effect[];
  readonly turn: number;
  readonly gameTime: string;
  readonly at: string;
}

/** Control's answer, posted in the request's channel and linked both ways. */
export interface RfiAnswered {
  readonly type: 'rfiAnswered';
  readonly rfiId: string;
  readonly answerId: string;
  readonly channelId: string;
  readonly body: string;
  readonly turn: number;
  readonly gameTime: string;
  readonly at: string;
}

export interface ChannelRead {
  readonly type: 'channelRead';
  /** Seat id; null for Control. */
  readonly seatId: string | null;
  readonly channelId: string;
  /** Read up to and including this message. */
  readonly messageId: string;
  readonly at: string;
}

export interface ObserverAccessSet {
  readonly type: 'observerAccessSet';
  readonly access: ObserverAccess;
  readonly at: string;
}

export type ChannelEvent = ChannelOpened | MessagePosted | RfiAnswered | ChannelRead | ObserverAccessSet;
export type ChannelEventType = ChannelEvent['type'];
