// The log as a timeline, and the state at any moment of it: the review's scrubber reads these.
import { replay } from '../engine/evolve';
import { liveStates, setAside } from '../engine/replayLog';
import { gameTimeOfHour } from '../engine/forces/clock';
import type { GameEvent } from '../engine/events';
import type { ExerciseState } from '../engine/state';
import { eventNames } from './eventNames';
import { eventLabel } from './eventLabel';
import type { Locale } from '../model/vocabulary';

export interface TimelineEntry {
  /** Sequence number: the first event (exerciseCreated) is 0, as in the store. */
  readonly seq: number;
  readonly type: GameEvent['type'];
  /** Scenario time the event belongs to, when it carries one (or a forces hour). */
  readonly gameTime: string | null;
  /** Wall time, when the event carries it. */
  readonly at: string | null;
  /** A short label for lists and tooltips, in the language asked for (English by default). */
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

export type { EventAuthors } from './eventLabel';
export { eventLabel } from './eventLabel';

/** Every event of the log, in order, with its times and a label in the reader's language. */
export function timeline(events: readonly GameEvent[], locale: Locale = 'en'): TimelineEntry[] {
  const first = events[0];
  const scenario = first?.type === 'exerciseCreated' ? first.scenario : null;
  const aside = setAside(events);
  const names = eventNames(scenario, locale);
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
      label: eventLabel(event, names, { bots }, locale),
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
