// A seat's bot tendency: the seat kind's defaults, then the scenario's entry for the kind, then the seat's.
import type { SeatKind } from '../model/vocabulary';
import type { Scenario } from '../scenario/schema';
import type { BotAction, BotTendencyInput } from './schema';
import type { LocalisedText } from '../scenario/text';

export interface BotTendency {
  readonly activity: number;
  readonly weights: Readonly<Partial<Record<BotAction, number>>>;
  readonly submitChance: number;
  readonly supportBias: number;
  readonly reserveChance: number;
  readonly requestAbove: number;
  readonly acceptAbove: number;
  readonly amendGain: number;
  readonly concessionPerTurn: number;
  readonly lines: readonly LocalisedText[];
}

/** What every bot does unless told otherwise: act on about half the beats, submit soon enough. */
const BASE: BotTendency = {
  activity: 0.6,
  weights: { wait: 2, postMessage: 0.1, markRead: 0.1, openChannel: 0.02 },
  submitChance: 0.35,
  supportBias: 0,
  reserveChance: 0.15,
  requestAbove: 0.6,
  acceptAbove: 2,
  amendGain: 3,
  concessionPerTurn: 0,
  lines: [],
};

/**
 * Each kind's business (designer's defaults, see ADR 0010): the chair tables and runs silence,
 * delegations answer drafts and raise what they want, SACEUR readies forces, Red moves on its
 * objectives, parties draft toward their priorities. Observers and Control have no bot.
 */
const BY_KIND: Readonly<Partial<Record<SeatKind, Partial<Record<BotAction, number>>>>> = {
  secretaryGeneral: { tableDraft: 3, amendDraft: 2, placeUnderSilence: 2, withdrawDraft: 0.2 },
  ally: { takePosition: 5, requestItem: 0.5, alertUnit: 0.4, assignToNato: 0.4, grantUsConsent: 0.2 },
  saceur: {
    alertUnit: 3,
    stageUnit: 2,
    assignToNato: 1,
    deployUnit: 2,
    moveUnit: 1,
    haltUnit: 0.05,
    requestItem: 0.5,
  },
  red: { moveUnit: 3, alertUnit: 1, stageUnit: 1, interdictRoute: 0.5, haltUnit: 0.05, signalNuclear: 0.02 },
  party: { proposeDraft: 3, amendClause: 2, initialClause: 4, signDraft: 5, returnToTalks: 3 },
};

/**
 * What a bot says when its scenario gives its seat no lines of its own: never the rules' placeholder
 * text (which names channels and seats by id).
 */
export const DEFAULT_BOT_LINES: readonly LocalisedText[] = [
  {
    en: 'Our delegation has taken note and will report to its capital.',
    fr: 'Notre délégation en a pris note et en rendra compte à sa capitale.',
  },
];

/** The lines a bot playing this seat may post: the scenario's, or the product's default. */
export function linesOf(scenario: Scenario, seatId: string): readonly LocalisedText[] {
  const { lines } = tendencyOf(scenario, seatId);
  return lines.length > 0 ? lines : DEFAULT_BOT_LINES;
}

/** Seat kinds a bot may play: every kind but Control and observers. */
export const isBotPlayable = (kind: SeatKind): boolean => kind !== 'control' && kind !== 'observer';

export function tendencyOf(scenario: Scenario, seatId: string): BotTendency {
  const kind = scenario.seats.find((s) => s.id === seatId)?.kind;
  if (!kind) return BASE;
  const layers = [scenario.bots?.kinds[kind], scenario.bots?.seats[seatId]].filter(
    (t): t is BotTendencyInput => t !== undefined,
  );
  return layers.reduce<BotTendency>(
    (t, layer) => ({
      activity: layer.activity ?? t.activity,
      weights: { ...t.weights, ...layer.weights },
      submitChance: layer.submitChance ?? t.submitChance,
      supportBias: layer.supportBias ?? t.supportBias,
      reserveChance: layer.reserveChance ?? t.reserveChance,
      requestAbove: layer.requestAbove ?? t.requestAbove,
      acceptAbove: layer.acceptAbove ?? t.acceptAbove,
      amendGain: layer.amendGain ?? t.amendGain,
      concessionPerTurn: layer.concessionPerTurn ?? t.concessionPerTurn,
      lines: layer.lines ?? t.lines,
    }),
    { ...BASE, weights: { ...BASE.weights, ...BY_KIND[kind] } },
  );
}
