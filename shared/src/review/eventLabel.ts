// An event as a short label in the reader's language: every id read back to its scenario name
// (eventNames), with the true author of Control's and bots' moves ("set by Control", "by bot").
import type { GameEvent } from '../engine/events';
import type { Locale } from '../model/vocabulary';
import { wordingIn } from '../scenario/text';
import { eventNames, type EventNames } from './eventNames';
import { namedOverride } from './namedOverride';
import { codeIn } from './codeWords';

/** Who did what an event records, when it was not the seat's own player: Control or a bot. */
export interface EventAuthors {
  /** Seats a bot played when the event happened. */
  readonly bots: ReadonlySet<string>;
}

const NO_AUTHORS: EventAuthors = { bots: new Set() };

const str = (event: GameEvent, key: string): string | null => {
  const value = (event as unknown as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : null;
};
const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The label's sentences, in each language. */
interface LabelWords {
  created(title: string): string;
  claimed(who: string, seat: string): string;
  released(seat: string, byControl: boolean): string;
  started: string;
  rolledBack(turn: number, from: number, to: number): string;
  tagged(seq: number, kind: string): string;
  hotwash(question: string): string;
  answered(seat: string): string;
  unlocked: string;
  turnStarted(turn: number): string;
  phase(turn: number, phase: string): string;
  adjudicated(turn: number): string;
  ended: string;
  injectByControl(inject: string): string;
  injectListed(inject: string): string;
  adHoc(title: string): string;
  escalation(rung: string, reason: string): string;
  overrode(what: string): string;
  handed(seat: string): string;
  taken(seat: string): string;
  tabled(draft: string, items: string): string;
  position(ally: string, position: string, draft: string, author: string): string;
  setByControl: string;
  capital: string;
  byBot: string;
  adopted(draft: string, via: string, items: string): string;
  fromControl: string;
  messageFrom(seat: string): string;
  unnamed: string;
}

const LABELS: Readonly<Record<Locale, LabelWords>> = {
  en: {
    created: (title) => `Exercise created: ${title}`,
    claimed: (who, seat) => `${who} took the seat of ${seat}`,
    released: (seat, byControl) => `${seat} released${byControl ? ' by Control' : ''}`,
    started: 'Exercise started',
    rolledBack: (turn, from, to) =>
      `Rolled back to the start of turn ${turn} (events ${to}–${from - 1} set aside)`,
    tagged: (seq, kind) => `Moment ${seq} tagged (${kind})`,
    hotwash: (q) => `Hot wash question: ${q}`,
    answered: (seat) => `${seat} answered a hot wash question`,
    unlocked: 'Control opened the full record to every seat',
    turnStarted: (turn) => `Turn ${turn} started`,
    phase: (turn, phase) => `Turn ${turn}: ${phase} phase`,
    adjudicated: (turn) => `Turn ${turn} adjudicated`,
    ended: 'Exercise ended',
    injectByControl: (inject) => `Control fired inject: ${inject}`,
    injectListed: (inject) => `Control's master events list: ${inject}`,
    adHoc: (title) => `Control's ad-hoc inject: ${title}`,
    escalation: (rung, reason) => `Escalation to ${rung}: ${reason}`,
    overrode: (what) => `Control overrode ${what}`,
    handed: (seat) => `Control handed ${seat} to a bot`,
    taken: (seat) => `Control took ${seat} back from its bot`,
    tabled: (draft, items) => `${cap(draft)} tabled (${items})`,
    position: (ally, position, draft, author) => `${ally}: ${position} on ${draft}${author}`,
    setByControl: ' (set by Control)',
    capital: " (capital's instructions)",
    byBot: ' (by bot)',
    adopted: (draft, via, items) => `${cap(draft)} adopted by ${via} (${items})`,
    fromControl: 'Message from Control',
    messageFrom: (seat) => `Message from ${seat}`,
    unnamed: 'an unnamed item',
  },
  fr: {
    created: (title) => `Exercice créé : ${title}`,
    claimed: (who, seat) => `${who} a pris le siège : ${seat}`,
    released: (seat, byControl) => `${seat} libéré${byControl ? ' par Control' : ''}`,
    started: 'Exercice lancé',
    rolledBack: (turn, from, to) =>
      `Retour au début du tour ${turn} (événements ${to} à ${from - 1} mis de côté)`,
    tagged: (seq, kind) => `Moment ${seq} repéré (${kind})`,
    hotwash: (q) => `Question de débriefing à chaud : ${q}`,
    answered: (seat) => `${seat} a répondu à une question de débriefing à chaud`,
    unlocked: 'Control a ouvert le dossier complet à tous les sièges',
    turnStarted: (turn) => `Début du tour ${turn}`,
    phase: (turn, phase) => `Tour ${turn} : phase de ${phase}`,
    adjudicated: (turn) => `Tour ${turn} arbitré`,
    ended: 'Exercice terminé',
    injectByControl: (inject) => `Control a déclenché l’inject : ${inject}`,
    injectListed: (inject) => `Liste des événements de Control : ${inject}`,
    adHoc: (title) => `Inject ponctuel de Control : ${title}`,
    escalation: (rung, reason) => `Escalade vers ${rung} : ${reason}`,
    overrode: (what) => `Control a modifié ${what}`,
    handed: (seat) => `Control a confié ${seat} à un bot`,
    taken: (seat) => `Control a repris ${seat} à son bot`,
    tabled: (draft, items) => `${cap(draft)} déposé (${items})`,
    position: (ally, position, draft, author) => `${ally} : ${position} sur le ${draft}${author}`,
    setByControl: ' (fixé par Control)',
    capital: ' (instructions de la capitale)',
    byBot: ' (par un bot)',
    adopted: (draft, via, items) => `${cap(draft)} adopté par ${via} (${items})`,
    fromControl: 'Message de Control',
    messageFrom: (seat) => `Message de ${seat}`,
    unnamed: 'un élément sans nom',
  },
};

/** A short label in words, in the reader's language (English by default). */
export function eventLabel(
  event: GameEvent,
  names: EventNames = eventNames(null),
  authors: EventAuthors = NO_AUTHORS,
  locale: Locale = 'en',
): string {
  const w = LABELS[locale];
  const e = event as unknown as Record<string, unknown>;
  const name = (id: string | null | undefined) => (id ? (names.of(id) ?? w.unnamed) : '—');
  const list = (key: string) =>
    Array.isArray(e[key]) ? (e[key] as string[]).map((id) => name(id)).join(', ') : '';
  const byBot = (seatId: string | null | undefined) => (seatId && authors.bots.has(seatId) ? w.byBot : '');
  switch (event.type) {
    case 'exerciseCreated':
      return w.created(event.title);
    case 'seatClaimed':
      return w.claimed(event.displayName, name(event.seatId));
    case 'seatReleased':
      return w.released(name(event.seatId), event.byControl === true);
    case 'exerciseStarted':
      return w.started;
    case 'rolledBack':
      return w.rolledBack(event.turn, event.fromSeq, event.toSeq);
    case 'momentTagged':
      return w.tagged(event.seq, codeIn(event.kind, locale));
    case 'hotwashAsked':
      return w.hotwash(event.question);
    case 'hotwashAnswered':
      return w.answered(name(event.seatId));
    case 'reviewUnlocked':
      return w.unlocked;
    case 'turnStarted':
      return w.turnStarted(event.turn);
    case 'phaseStarted':
      return w.phase(event.turn, codeIn(event.phase, locale));
    case 'gameClockAdvanced':
      return w.adjudicated(event.turn);
    case 'exerciseEnded':
      return w.ended;
    // Every inject and override is Control's, and says so (issue 13: the record names its author).
    case 'injectFired':
      return event.byControl ? w.injectByControl(name(event.injectId)) : w.injectListed(name(event.injectId));
    case 'adHocInjectFired':
      return w.adHoc(event.title);
    case 'escalationChanged':
      // Control's moves of the ladder give their reason as "Control: …".
      return w.escalation(name(event.rung), wordingIn(event.reason, locale));
    case 'resultOverridden':
      return w.overrode(namedOverride(event.target, event.previous, names, locale));
    case 'seatHandedToBot':
      return w.handed(name(event.seatId));
    case 'seatTakenFromBot':
      return w.taken(name(event.seatId));
    case 'draftTabled':
      return w.tabled(names.draft(event.draftId), list('itemIds'));
    case 'positionTaken':
      return w.position(
        name(event.allyId),
        codeIn(event.position, locale),
        names.draft(event.draftId),
        event.source === 'control'
          ? w.setByControl
          : event.source === 'capital'
            ? w.capital
            : byBot(event.allyId),
      );
    case 'draftAdopted':
      return w.adopted(names.draft(event.draftId), codeIn(event.via, locale), list('itemIds'));
    case 'messagePosted':
      return event.from === null ? w.fromControl : `${w.messageFrom(name(event.from))}${byBot(event.from)}`;
    default: {
      const subjectId =
        str(event, 'unitId') ??
        str(event, 'placeId') ??
        str(event, 'itemId') ??
        str(event, 'seatId') ??
        str(event, 'to') ??
        str(event, 'rung');
      const draft = str(event, 'draftId');
      const subject = subjectId ? names.of(subjectId) : draft ? names.draft(draft) : null;
      const what = cap(codeIn(event.type, locale));
      const seat = str(event, 'seatId');
      return `${subject ? `${what}${locale === 'fr' ? ' :' : ':'} ${subject}` : what}${byBot(seat)}`;
    }
  }
}
