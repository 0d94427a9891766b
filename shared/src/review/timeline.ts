// The log as a timeline, and the state at any moment of it: the review's scrubber reads these.
import { replay } from '../engine/evolve';
import { liveStates, setAside } from '../engine/replayLog';
import { gameTimeOfHour } from '../engine/forces/clock';
import type { GameEvent } from '../engine/events';
import type { ExerciseState } from '../engine/state';
import { overrideSubject } from '../control/overrides';

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

/** A short label; the event's own ids are enough to find it again in the JSON export. */
export function eventLabel(event: GameEvent): string {
  const e = event as unknown as Record<string, unknown>;
  const list = (key: string) => (Array.isArray(e[key]) ? (e[key] as string[]).join(', ') : '');
  switch (event.type) {
    case 'exerciseCreated':
      return `Exercise created: ${event.title}`;
    case 'seatClaimed':
      return `${event.displayName} took seat ${event.seatId}`;
    case 'seatReleased':
      return `Seat ${event.seatId} released`;
    case 'exerciseStarted':
      return 'Exercise started';
    case 'rolledBack':
      return `Rolled back to the start of turn ${event.turn} (events ${event.toSeq}–${event.fromSeq - 1} set aside)`;
    case 'momentTagged':
      return `Tag ${event.tagId} (${event.kind}) on moment ${event.seq}`;
    case 'hotwashAsked':
      return `Hot wash question ${event.questionId}: ${event.question}`;
    case 'hotwashAnswered':
      return `${event.seatId} answered hot wash question ${event.questionId}`;
    case 'reviewUnlocked':
      return 'Control opened the full record to every seat';
    case 'turnStarted':
      return `Turn ${event.turn} started`;
    case 'phaseStarted':
      return `Turn ${event.turn}: ${event.phase} phase`;
    case 'gameClockAdvanced':
      return `Turn ${event.turn} adjudicated`;
    case 'exerciseEnded':
      return 'Exercise ended';
    // Every inject and override is Control's, and says so (issue 13: the record names its author).
    case 'injectFired':
      return event.byControl
        ? `Control fired inject ${event.injectId}`
        : `Control's master events list: inject ${event.injectId}`;
    case 'adHocInjectFired':
      return `Control's ad-hoc inject ${event.injectId}: ${event.title}`;
    case 'escalationChanged':
      // Control's moves of the ladder give their reason as "Control: …".
      return `Escalation to ${event.rung}: ${event.reason}`;
    case 'resultOverridden':
      return `Control overrode ${overrideSubject(event.target, event.previous)}`;
    case 'draftTabled':
      return `Draft ${event.draftId} tabled (${list('itemIds')})`;
    case 'positionTaken':
      return `${event.allyId}: ${event.position} on ${event.draftId}${event.source === 'control' ? ' (set by Control)' : ''}`;
    case 'draftAdopted':
      return `Draft ${event.draftId} adopted by ${event.via} (${list('itemIds')})`;
    case 'messagePosted':
      return `Message in ${str(event, 'channelId') ?? '?'} from ${str(event, 'from') ?? 'Control'}`;
    default: {
      const subject =
        str(event, 'unitId') ?? str(event, 'draftId') ?? str(event, 'placeId') ?? str(event, 'seatId');
      return subject ? `${event.type} ${subject}` : event.type;
    }
  }
}

/** Every event of the log, in order, with its times and a label. */
export function timeline(events: readonly GameEvent[]): TimelineEntry[] {
  const first = events[0];
  const scenario = first?.type === 'exerciseCreated' ? first.scenario : null;
  const aside = setAside(events);
  return events.map((event, seq) => {
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
      label: eventLabel(event),
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
