// What a delegation says with a stand it did not write itself (ADR 0019): the capital model's
// positions and the bots'. The rules record a code; every reader's client words it in the reader's
// language from the draft's items and the ally, which its view already holds. The English wording
// is kept beside it for the record, the exports and clients that do not know the code.
import type { Position } from '../model/council';
import { inEnglish, type Wording } from '../scenario/text';

export const POSITION_PHRASES = ['reservation', 'amendment', 'objection'] as const;
export type PositionPhrase = (typeof POSITION_PHRASES)[number];

/** The phrase that goes with a stand; support needs none. */
export function phraseFor(position: Position): PositionPhrase | null {
  switch (position) {
    case 'supportWithReservation':
      return 'reservation';
    case 'requestAmendment':
      return 'amendment';
    case 'object':
      return 'objection';
    case 'support':
      return null;
  }
}

/** The English wording: the ally's name and the draft's item titles, never an id. */
export function phraseInEnglish(phrase: PositionPhrase, name: Wording, titles: readonly Wording[]): string {
  const ally = inEnglish(name);
  const items = titles.map((t) => `“${inEnglish(t)}”`).join(', ');
  switch (phrase) {
    case 'reservation':
      return `${ally} joins consensus on ${items}, with a reservation for the record.`;
    case 'amendment':
      return `${ally} cannot join consensus on ${items} as drafted and asks for changes.`;
    case 'objection':
      return `${ally} objects to ${items} and breaks consensus.`;
  }
}
