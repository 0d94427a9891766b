// Checks shared by the rules: who may act, and whether the exercise and phase allow it now.
import { allyOfSeat } from '../council/allies';
import { reject, type Rejection } from '../protocol/errors';
import type { Phase } from '../model/vocabulary';
import type { Actor, ExerciseState } from './state';

export const PHASE_LABEL: Record<Phase, string> = {
  situation: 'the situation brief',
  consultation: 'consultation',
  decision: 'the decision phase',
  adjudication: 'adjudication',
  hotwash: 'the hot wash',
};

export function notControl(actor: Actor): Rejection | null {
  return actor.isControl ? null : reject('NOT_CONTROL', 'Only Control can do this.');
}

/** The exercise is running (not in the lobby, not paused, not ended). */
export function notRunning(state: ExerciseState): Rejection | null {
  switch (state.session.status) {
    case 'lobby':
      return reject('WRONG_PHASE', 'The exercise has not started yet.');
    case 'paused':
      return reject('WRONG_PHASE', 'The exercise is paused.');
    case 'ended':
      return reject('WRONG_PHASE', 'The exercise has ended.');
    case 'running':
      return null;
  }
}

/** Started and not ended: Control's clock commands work while paused. */
export function notUnderway(state: ExerciseState): Rejection | null {
  return state.session.status === 'paused' ? null : notRunning(state);
}

export function wrongPhase(state: ExerciseState, allowed: readonly Phase[], what: string): Rejection | null {
  const running = notRunning(state);
  if (running) return running;
  const phase = state.session.phase;
  if (phase && allowed.includes(phase)) return null;
  const when = allowed.map((p) => PHASE_LABEL[p]).join(' or ');
  return reject(
    'WRONG_PHASE',
    `You can ${what} only during ${when}, not ${phase ? PHASE_LABEL[phase] : 'now'}.`,
  );
}

/**
 * The chair is the Secretary General's seat (at ceasefire talks, the party the scenario names as
 * `negotiation.nato.chair`); Control may chair when nobody holds it.
 */
export function notChair(state: ExerciseState, actor: Actor): Rejection | null {
  if (actor.isControl) return null;
  const seat = state.scenario.seats.find((s) => s.id === actor.seatId);
  return seat?.kind === 'secretaryGeneral' ||
    (seat !== undefined && seat.id === state.scenario.negotiation?.nato?.chair)
    ? null
    : reject('NOT_THE_CHAIR', 'Only the Secretary General, who chairs the Council, can do this.');
}

export function allyOrRejection(state: ExerciseState, actor: Actor): string | Rejection {
  return (
    allyOfSeat(state, actor.seatId) ??
    reject('NOT_AN_ALLY', 'Only an ally delegation takes positions in the North Atlantic Council.')
  );
}

/** Phases in which the Council sits: drafts are tabled and positions taken. */
export const COUNCIL_PHASES: readonly Phase[] = ['consultation', 'decision'];
/** Phases in which an item may be raised. */
export const REQUEST_PHASES: readonly Phase[] = ['situation', 'consultation', 'decision'];
