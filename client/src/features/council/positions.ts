// How an ally stands on a draft, as one word: a position taken, silent, or awaiting instructions.
import type { DraftAllyView, Position } from '@council/shared';

export type Stance = Position | 'instructed' | 'awaitingInstructions';

export function stanceOf(a: DraftAllyView): Stance {
  if (a.position) return a.position.position;
  return a.status === 'awaitingInstructions' ? 'awaitingInstructions' : 'instructed';
}

/** Icons beside the words (never colour alone). */
export const STANCE_ICON: Record<Stance, string> = {
  support: '✓',
  supportWithReservation: '✓*',
  requestAmendment: '✎',
  object: '✕',
  instructed: '…',
  awaitingInstructions: '◷',
};

export const STANCE_ORDER: readonly Stance[] = [
  'support',
  'supportWithReservation',
  'requestAmendment',
  'object',
  'instructed',
  'awaitingInstructions',
];
