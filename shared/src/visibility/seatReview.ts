// A seat's own review before Control unlocks the full record: only what that seat saw, built with
// the same viewFor as live play. The server sends these; the log itself stays with Control.
import type { GameEvent } from '../engine/events';
import type { Locale } from '../model/vocabulary';
import type { Actor, ExerciseState } from '../engine/state';
import type { ExerciseView } from './view';
import { cachedViewFor } from './cache/cachedView';
import type { ViewedMeasurePoint } from '../review/charts';
import { measuresSeries } from '../review/measures';
import { statesOf, timeline, type TimelineEntry } from '../review/timeline';

const NOBODY = { connectedSeats: new Set<string>(), controlConnections: 0 };

/** Moments every seat lived through: the clocks. What happened inside them is in each moment's view. */
const SHARED_MOMENTS: ReadonlySet<GameEvent['type']> = new Set<GameEvent['type']>([
  'exerciseCreated',
  'exerciseStarted',
  'turnStarted',
  'phaseStarted',
  'gameClockAdvanced',
  'exercisePaused',
  'exerciseResumed',
  'exerciseEnded',
]);

/** The moments a seat may scrub to: the clocks, the hot wash questions put to it, its own answers. */
export function seatTimeline(
  events: readonly GameEvent[],
  seatId: string,
  locale: Locale = 'en',
): TimelineEntry[] {
  return timeline(events, locale).filter((entry) => {
    const event = events[entry.seq]!;
    if (SHARED_MOMENTS.has(event.type)) return true;
    if (event.type === 'hotwashAsked') return event.audience === 'all' || event.audience.includes(seatId);
    if (event.type === 'hotwashAnswered') return event.seatId === seatId;
    return false;
  });
}

/** The view the actor had once events 0..seq had happened (the scrubber's moment). */
export function viewAt(events: readonly GameEvent[], seq: number, actor: Actor): ExerciseView {
  const states = statesOf(events.slice(0, Math.max(1, Math.min(events.length, Math.floor(seq) + 1))));
  return cachedViewFor(states[states.length - 1]!, actor, NOBODY);
}

/** A measure point read off a view: what the viewer's screen showed. */
export function viewedPoint(
  view: ExerciseView,
  point: { seq: number; turn: number; gameTime: string },
): ViewedMeasurePoint {
  const theatre = view.forces?.measures ?? null;
  return {
    ...point,
    cohesion: view.measures.cohesion ?? null,
    deterrenceCredibility: view.measures.deterrenceCredibility ?? null,
    escalationRung: view.measures.escalationRung ?? null,
    theatreCohesion: theatre?.cohesion ?? null,
    theatreDeterrenceCredibility: theatre?.deterrenceCredibility ?? null,
    escalation: view.forces?.escalation ?? null,
    groundHeld: theatre?.groundHeld ?? null,
    publicSupport: theatre?.publicSupport ?? {},
    agreementProgress: view.negotiation?.progress ?? null,
    leverage: view.negotiation?.front?.leverage.level ?? null,
    twoTier: view.negotiation?.spending?.twoTier ?? null,
  };
}

/** The measures series as the actor saw it, at the same points as the full series. */
export function seatSeries(
  events: readonly GameEvent[],
  actor: Actor,
  states: readonly ExerciseState[] = statesOf(events),
): ViewedMeasurePoint[] {
  return measuresSeries(events).map((point) =>
    viewedPoint(cachedViewFor(states[point.seq]!, actor, NOBODY), point),
  );
}

export interface SeatReview {
  readonly seatId: string;
  /** True once Control has unlocked the full record: then the seat may download the log. */
  readonly unlocked: boolean;
  readonly lastSeq: number;
  readonly timeline: readonly TimelineEntry[];
  readonly series: readonly ViewedMeasurePoint[];
}

/** `states` (index = seq) may be passed in by a caller that keeps them. */
export function seatReview(
  events: readonly GameEvent[],
  seatId: string,
  unlocked: boolean,
  states: readonly ExerciseState[] = statesOf(events),
  locale: Locale = 'en',
): SeatReview {
  return {
    seatId,
    unlocked,
    lastSeq: events.length - 1,
    timeline: seatTimeline(events, seatId, locale),
    series: seatSeries(events, { seatId, isControl: false }, states),
  };
}
