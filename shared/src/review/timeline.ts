// The log as a timeline, and the state at any moment of it: the review's scrubber reads these.
import { replay } from '../engine/evolve';
import { liveStates, setAside } from '../engine/replayLog';
import { gameTimeOfHour } from '../engine/forces/clock';
import type { GameEvent } from '../engine/events';
import type { ExerciseState } from '../engine/state';
import { namedOverride } from './namedOverride';
import { eventNames, words, type EventNames } from './eventNames';

export interface TimelineEntry {
  /** Sequence number: the first event (exerciseCreated) is 0, as in the store. */
  readonly seq: number;
  readonly type: GameEvent['type'];
  /** Scenario time the event belongs to, when it carries one (or a forces hour). */
  readonly gameTime: string | null;
  /** Wall time, when the event carries it. */
  readonly at: string | null;
  /** A short English label for lists and tooltips. */
  readonly label: string;
  /** True when a later rollback set this event aside: it stays in the log but no longer counts. */
  readonly setAside: boolean;
}

const str = (event: GameEvent, key: string): string | null => {
  const value = (event as unknown as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : null;
};
const num = (event: GameEvent, key: string): number | null => {
  const value = (event as unknown as Record<string, unknown>)[key];
  return typeof value === 'number' ? value : null;
};

/** Who did what an event records, when it was not the seat's own player: Control or a bot. */
export interface EventAuthors {
  /** Seats a bot played when the event happened. */
  readonly bots: ReadonlySet<string>;
}

const NO_AUTHORS: EventAuthors = { bots: new Set() };

/**
 * A short label in words, every id read back to its scenario name (eventNames), with the true
 * author of Control's and bots' moves: "set by Control", "by bot", "Control's inject".
 */
export function eventLabel(
  event: GameEvent,
  names: EventNames = eventNames(null),
  authors: EventAuthors = NO_AUTHORS,
): string {
  const e = event as unknown as Record<string, unknown>;
  const name = (id: string | null | undefined) => (id ? (names.of(id) ?? 'an unnamed item') : '—');
  const list = (key: string) =>
    Array.isArray(e[key]) ? (e[key] as string[]).map((id) => name(id)).join(', ') : '';
  const byBot = (seatId: string | null | undefined) =>
    seatId && authors.bots.has(seatId) ? ' (by bot)' : '';
  switch (event.type) {
    case 'exerciseCreated':
      return `Exercise created: ${event.title}`;
    case 'seatClaimed':
      return `${event.displayName} took the seat of ${name(event.seatId)}`;
    case 'seatReleased':
      return `${name(event.seatId)} released${event.byControl ? ' by Control' : ''}`;
    case 'exerciseStarted':
      return 'Exercise started';
    case 'rolledBack':
      return `Rolled back to the start of turn ${event.turn} (events ${event.toSeq}–${event.fromSeq - 1} set aside)`;
    case 'momentTagged':
      return `Moment ${event.seq} tagged (${words(event.kind)})`;
    case 'hotwashAsked':
      return `Hot wash question: ${event.question}`;
    case 'hotwashAnswered':
      return `${name(event.seatId)} answered a hot wash question`;
    case 'reviewUnlocked':
      return 'Control opened the full record to every seat';
    case 'turnStarted':
      return `Turn ${event.turn} started`;
    case 'phaseStarted':
      return `Turn ${event.turn}: ${words(event.phase)} phase`;
    case 'gameClockAdvanced':
      return `Turn ${event.turn} adjudicated`;
    case 'exerciseEnded':
      return 'Exercise ended';
    // Every inject and override is Control's, and says so (issue 13: the record names its author).
    case 'injectFired':
      return event.byControl
        ? `Control fired inject: ${name(event.injectId)}`
        : `Control's master events list: ${name(event.injectId)}`;
    case 'adHocInjectFired':
      return `Control's ad-hoc inject: ${event.title}`;
    case 'escalationChanged':
      // Control's moves of the ladder give their reason as "Control: …".
      return `Escalation to ${name(event.rung)}: ${event.reason}`;
    case 'resultOverridden':
      return `Control overrode ${namedOverride(event.target, event.previous, names)}`;
    case 'seatHandedToBot':
      return `Control handed ${name(event.seatId)} to a bot`;
    case 'seatTakenFromBot':
      return `Control took ${name(event.seatId)} back from its bot`;
    case 'draftTabled':
      return `${cap(names.draft(event.draftId))} tabled (${list('itemIds')})`;
    case 'positionTaken':
      return `${name(event.allyId)}: ${words(event.position)} on ${names.draft(event.draftId)}${
        event.source === 'control'
          ? ' (set by Control)'
          : event.source === 'capital'
            ? " (capital's instructions)"
            : byBot(event.allyId)
      }`;
    case 'draftAdopted':
      return `${cap(names.draft(event.draftId))} adopted by ${words(event.via)} (${list('itemIds')})`;
    case 'messagePosted':
      return event.from === null
        ? 'Message from Control'
        : `Message from ${name(event.from)}${byBot(event.from)}`;
    default: {
      const subjectId =
        str(event, 'unitId') ??
        str(event, 'placeId') ??
        str(event, 'itemId') ??
        str(event, 'seatId') ??
        str(event, 'to') ??
        str(event, 'rung');
      const draft = str(event, 'draftId');
      const subject = subjectId ? names.of(subjectId) : draft ? names.draft(draft) : null;
      const what = cap(words(event.type));
      const seat = str(event, 'seatId');
      return `${subject ? `${what}: ${subject}` : what}${byBot(seat)}`;
    }
  }
}

const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Every event of the log, in order, with its times and a label. */
export function timeline(events: readonly GameEvent[]): TimelineEntry[] {
  const first = events[0];
  const scenario = first?.type === 'exerciseCreated' ? first.scenario : null;
  const aside = setAside(events);
  const names = eventNames(scenario);
  const bots = new Set<string>();
  return events.map((event, seq) => {
    if (event.type === 'seatHandedToBot') bots.add(event.seatId);
    if (event.type === 'seatTakenFromBot' || event.type === 'seatReleased') bots.delete(event.seatId);
    const hour = num(event, 'atHour') ?? num(event, 'toHour');
    const gameTime =
      str(event, 'gameTime') ??
      (event.type === 'gameClockAdvanced' ? event.to : null) ??
      (hour !== null && scenario ? gameTimeOfHour(scenario, hour) : null);
    return {
      seq,
      type: event.type,
      gameTime,
      at: str(event, 'at'),
      label: eventLabel(event, names, { bots }),
      setAside: aside[seq] ?? false,
    };
  });
}

/** The state once events 0..seq (inclusive) have happened; seq is clamped to the log. */
export function stateAt(events: readonly GameEvent[], seq: number): ExerciseState {
  const last = Math.max(0, Math.min(events.length - 1, Math.floor(seq)));
  return replay(events.slice(0, last + 1));
}

/** Every state of the log, step by step (index = seq): for a scrubber that moves often. */
export function statesOf(events: readonly GameEvent[]): ExerciseState[] {
  return liveStates(events);
}
