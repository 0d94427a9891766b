// Words a name may not use to pass for someone it is not (ADR 0024): Control and its other names,
// and the seats of the scenario, in English and French. Compared by whole words (containsWords).
import { containsWords, nameKey } from './names';
import { LOCALES } from '../model/vocabulary';
import { wordingIn, type Wording } from '../scenario/text';

/** Control, the umpires and the system, in English and French (accents do not matter: see nameKey). */
export const CONTROL_WORDS: readonly string[] = [
  'Control',
  'Contrôle',
  'White cell',
  'Cellule blanche',
  'Umpire',
  'Arbitre',
  'Moderator',
  'Modérateur',
  'Modératrice',
  'Admin',
  'Administrator',
  'Administrateur',
  'Administratrice',
  'Facilitator',
  'Animateur',
  'Animatrice',
  'Game master',
  'Maître du jeu',
  'SACEUR',
  'System',
  'Système',
];

/** Other names of the scenarios' seat labels: the French, and the short forms people write. */
const SEAT_ALIASES: Readonly<Record<string, readonly string[]>> = {
  'united states': ['États-Unis', 'USA', 'US', 'America', 'Amérique'],
  'united kingdom': ['Royaume-Uni', 'UK', 'Britain', 'Great Britain', 'Grande-Bretagne'],
  germany: ['Allemagne'],
  poland: ['Pologne'],
  estonia: ['Estonie'],
  latvia: ['Lettonie'],
  lithuania: ['Lituanie'],
  turkiye: ['Turkey', 'Turquie'],
  hungary: ['Hongrie'],
  italy: ['Italie'],
  russia: ['Russie'],
  'european union': ['Union européenne', 'EU', 'UE'],
  'secretary general': ['Secrétaire général', 'Secrétaire générale', 'SecGen'],
  'nato secretary general': ['Secrétaire général de l’OTAN', 'Secretary General'],
  'red cell': ['Cellule rouge'],
  observer: ['Observateur', 'Observatrice'],
  analyst: ['Analyste'],
};

export interface SeatNaming {
  readonly id: string;
  /** A scenario's label, in every language it is written in. */
  readonly label: Wording;
}

/**
 * The names a seat goes by: its label and each part of it ("Control (White cell)" is also
 * "Control" and "White cell"; "Observer / analyst" is "Observer" and "analyst"), their aliases.
 */
export function seatNames(seat: SeatNaming): string[] {
  const labels = typeof seat.label === 'string' ? [seat.label] : LOCALES.map((l) => wordingIn(seat.label, l));
  const parts = labels
    .flatMap((label) => [label, ...label.split(/[()/]/)])
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const aliases = parts.flatMap((p) =>
    Object.hasOwn(SEAT_ALIASES, nameKey(p)) ? SEAT_ALIASES[nameKey(p)]! : [],
  );
  return [...new Set([...parts, ...aliases])];
}

/** Whether the whole name is the seat's id ("usa", "GBR"): short ids are compared whole, never as words. */
const isSeatId = (name: string, seat: SeatNaming) => sameName(name, seat.id);
const sameName = (a: string, b: string) => nameKey(a) === nameKey(b);

/**
 * The role or seat a name claims, or null: the words of the name that claim it, or the seat's label
 * (in every language) for a name that is the seat's id. A name for a seat may use that seat's own
 * names; a Control member's name may use Control's; nobody's may use another seat's.
 */
export function claimedRole(
  name: string,
  seats: readonly SeatNaming[],
  as: { readonly seatId?: string | null; readonly control?: boolean },
): Wording | null {
  const own = seats.find((s) => s.id === as.seatId);
  const allowed = (phrase: string) =>
    (own !== undefined && seatNames(own).some((p) => sameName(p, phrase))) ||
    (as.control === true && CONTROL_WORDS.some((w) => sameName(w, phrase)));
  for (const word of CONTROL_WORDS) {
    if (!allowed(word) && containsWords(name, word)) return word;
  }
  for (const seat of seats) {
    if (seat.id === as.seatId) continue;
    if (isSeatId(name, seat)) return seat.label;
    const claimed = seatNames(seat).find((phrase) => !allowed(phrase) && containsWords(name, phrase));
    if (claimed) return claimed;
  }
  return null;
}
