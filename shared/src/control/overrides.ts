// Every override of an adjudicated result, with what it replaced and why: for the review.
import type { GameEvent } from '../engine/events';
import type { OverrideTarget } from './commands';

export interface OverrideRecord {
  readonly seq: number;
  readonly turn: number;
  readonly gameTime: string;
  readonly at: string;
  readonly target: OverrideTarget;
  readonly previous: number | string | null;
  readonly rationale: string;
}

/** `seq` is the event's index in the log, as in the review's timeline. */
export function overridesOf(events: readonly GameEvent[]): OverrideRecord[] {
  return events.flatMap((event, index) =>
    event.type === 'resultOverridden'
      ? [
          {
            seq: index,
            turn: event.turn,
            gameTime: event.gameTime,
            at: event.at,
            target: event.target,
            previous: event.previous,
            rationale: event.rationale,
          },
        ]
      : [],
  );
}

/** What an override set aside and what it set, in words for the review's tables and report. */
export function overrideSubject(target: OverrideTarget, previous: number | string | null): string {
  const was = previous === null ? 'none' : String(previous);
  switch (target.kind) {
    case 'measure':
      return `${target.measure}: ${was} → ${target.value}`;
    case 'position':
      return `${target.allyId} on ${target.draftId}: ${was} → ${target.position}`;
    case 'unitStrength':
      return `${target.unitId} strength: ${was} → ${target.strength}`;
    case 'placeControl':
      return `${target.placeId} held by: ${was} → ${target.side}`;
  }
}
