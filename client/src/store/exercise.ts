// What the reader's seat may do in the exercise now, read from the view alone (the rules live in
// shared/; these mirror its guards so the UI offers only what the server would accept).
import { useMemo } from 'react';
import type { ExerciseView, Phase, SeatView } from '@council/shared';
import { useStore, type Store } from './store';

/** Phases in which the Council sits (drafts tabled, positions taken) and items may be raised. */
const COUNCIL_PHASES: readonly Phase[] = ['consultation', 'decision'];
const REQUEST_PHASES: readonly Phase[] = ['situation', 'consultation', 'decision'];

export interface Capabilities {
  readonly isControl: boolean;
  readonly seat: SeatView | null;
  /** Running and not paused: players may act. */
  readonly running: boolean;
  /** The Secretary General's seat, or Control while nobody holds it. */
  readonly chairs: boolean;
  /** The ally delegation this reader speaks for on the Council. */
  readonly allyId: string | null;
  /** An ally or SACEUR may ask the Council to decide an item. */
  readonly mayRequest: boolean;
  readonly councilSits: boolean;
  readonly requestsOpen: boolean;
  /** The reader's seat still owes its moves this decision phase. */
  readonly owesMoves: boolean;
}

export function capabilities(view: ExerciseView): Capabilities {
  const { clock, you } = view;
  const seat = view.seats.find((s) => s.id === you.seatId) ?? null;
  const running = clock.status === 'running';
  return {
    isControl: you.isControl,
    seat,
    running,
    // The server works it out by the rule that refuses the chair's commands (ADR 0019).
    chairs: view.council?.chair.youChair ?? false,
    // A party at talks that is an ally speaks for it in the Council too (ADR 0008); the server says which.
    allyId: view.council?.youAlly ?? null,
    mayRequest: seat?.kind === 'ally' || seat?.kind === 'saceur',
    councilSits: running && clock.phase !== null && COUNCIL_PHASES.includes(clock.phase),
    requestsOpen: running && clock.phase !== null && REQUEST_PHASES.includes(clock.phase),
    owesMoves: seat !== null && view.waitingOn.includes(seat.id),
  };
}

export const selectClock = (s: Store) => s.view?.clock ?? null;
export const selectCouncil = (s: Store) => s.view?.council ?? null;
export const selectWaitingOn = (s: Store) => s.view?.waitingOn;
export const selectPending = (s: Store) => s.pendingCommand !== null;
export const selectSend = (s: Store) => s.sendCommand;

/** The reader's capabilities for the current view (null before the first view). */
export function useCapabilities(): Capabilities | null {
  const view = useStore((s) => s.view);
  return useMemo(() => (view ? capabilities(view) : null), [view]);
}
