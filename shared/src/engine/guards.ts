// Checks shared by the rules: who may act, and whether the exercise and phase allow it now.
import { allyOfSeat } from '../council/allies';
import { own } from '../model/lookup';
import { reject, type Rejection } from '../protocol/errors';
import type { Phase } from '../model/vocabulary';
import type { Actor, ExerciseState } from './state';
import { inEnglish } from '../scenario/text';

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
      return reject('WRONG_PHASE', 'The exercise has not started yet.', { reason: 'notStarted' });
    case 'paused':
      return reject('WRONG_PHASE', 'The exercise is paused.', { reason: 'paused' });
    case 'ended':
      return reject('WRONG_PHASE', 'The exercise has ended.', { reason: 'ended' });
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
    { reason: 'onlyDuring', phases: allowed, phase: phase ?? '' },
  );
}

/**
 * The seats that chair the Council: the Secretary General's, and at ceasefire talks the party the
 * scenario names as `negotiation.nato.chair` (ADR 0008).
 */
export function chairSeats(state: ExerciseState): string[] {
  const chair = state.scenario.negotiation?.nato?.chair;
  return state.scenario.seats.filter((s) => s.kind === 'secretaryGeneral' || s.id === chair).map((s) => s.id);
}

/** The chair's seat, held if anyone (a person or a bot) holds one of them, and whether it is held. */
export function chairNow(state: ExerciseState): { readonly seatId: string | null; readonly held: boolean } {
  const seats = chairSeats(state);
  const held = seats.find((id) => own(state.seats, id) !== undefined);
  return { seatId: held ?? seats[0] ?? null, held: held !== undefined };
}

/**
 * Who chairs now (ADR 0019): the holder of a chair's seat, a person or a bot; Control only while
 * every such seat is free, so two hands never hold the gavel at once.
 */
export function notChair(state: ExerciseState, actor: Actor): Rejection | null {
  if (actor.isControl) {
    const chair = chairNow(state);
    if (!chair.held) return null;
    const label = state.scenario.seats.find((s) => s.id === chair.seatId)?.label ?? chair.seatId;
    return reject(
      'NOT_THE_CHAIR',
      `${inEnglish(label)} holds the chair: Control chairs the Council only while that seat is free.`,
      { reason: 'chairHeld', seat: label ?? '' },
    );
  }
  return actor.seatId !== null && chairSeats(state).includes(actor.seatId)
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
