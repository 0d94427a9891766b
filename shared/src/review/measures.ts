// The measures turn by turn: what the review charts. One point at the start and one per adjudication.
// Two sets of meters exist: the council's (state.measures, moved by adopted decisions and injects)
// and the theatre's (state.forces.measures, recorded by the forces rules); both are kept.
import { initialState } from '../engine/evolve';
import { LogFold, setAside } from '../engine/replayLog';
import type { GameEvent } from '../engine/events';
import type { ExerciseState } from '../engine/state';
import { progressOf } from '../negotiation/measures';
import { worldMeters } from '../negotiation/world';

export interface MeasurePoint {
  /** Sequence number of the event after which the point was taken. */
  readonly seq: number;
  /** Turn just played (0 for the start). */
  readonly turn: number;
  readonly gameTime: string;
  readonly cohesion: number;
  readonly deterrenceCredibility: number;
  /** The council's escalation rung (0–44, Kahn). */
  readonly escalationRung: number;
  /** The forces rules keep their own cohesion and deterrence meters; null without forces. */
  readonly theatreCohesion: number | null;
  readonly theatreDeterrenceCredibility: number | null;
  /** The forces rules' own escalation rung name, when the scenario has forces. */
  readonly escalation: string | null;
  /** Weighted share of the theatre Blue holds, 0–1; null without forces. */
  readonly groundHeld: number | null;
  /** Public support by nation, 0–100; empty without forces. */
  readonly publicSupport: Readonly<Record<string, number>>;
  /** The talks' progress toward a signed agreement, 0–1; null without a negotiation. */
  readonly agreementProgress: number | null;
  /** The attacker's leverage from the front, 0–1; null without a front. */
  readonly leverage: number | null;
  /** The two-tier-alliance meter of the defence-spending paths, 0–1; null without them. */
  readonly twoTier: number | null;
}

export function measurePoint(state: ExerciseState, seq: number): MeasurePoint {
  const forces = state.forces?.measures ?? null;
  return {
    seq,
    turn: state.clock.turn,
    gameTime: state.clock.time,
    cohesion: state.measures.cohesion,
    deterrenceCredibility: state.measures.deterrenceCredibility,
    escalationRung: state.measures.escalationRung,
    theatreCohesion: forces?.cohesion ?? null,
    theatreDeterrenceCredibility: forces?.deterrenceCredibility ?? null,
    escalation: forces?.escalation ?? null,
    groundHeld: forces?.groundHeld ?? null,
    publicSupport: forces?.publicSupport ?? {},
    agreementProgress:
      state.negotiation && state.scenario.negotiation
        ? progressOf(state.scenario.negotiation, state.negotiation)
        : null,
    ...worldMeters(state),
  };
}

/** The measures at the start and at the end of each adjudicated turn (after its forces events). */
export function measuresSeries(events: readonly GameEvent[]): MeasurePoint[] {
  const [first, ...rest] = events;
  if (!first || first.type !== 'exerciseCreated')
    throw new Error('an exercise log must start with exerciseCreated');
  // Rollbacks are folded in, and points in a stretch a rollback set aside are left out (ADR 0012).
  const fold = new LogFold(initialState(first));
  let state = fold.state;
  const points = [measurePoint(state, 0)];
  let pending = false;
  rest.forEach((event, i) => {
    const seq = i + 1;
    // A turn's forces events follow its gameClockAdvanced; the point is taken when the next turn starts.
    if (pending && (event.type === 'turnStarted' || event.type === 'exerciseEnded')) {
      points.push(measurePoint(state, seq - 1));
      pending = false;
    }
    state = fold.push(event);
    if (event.type === 'gameClockAdvanced') pending = true;
    if (event.type === 'rolledBack') pending = false;
  });
  if (pending) points.push(measurePoint(state, events.length - 1));
  const aside = setAside(events);
  return points.filter((point) => !aside[point.seq]);
}
