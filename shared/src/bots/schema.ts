// The scenario's `bots` section: how a rule-based bot plays each seat kind or seat (ADR 0010).
import { z } from 'zod';
import { localisedText } from '../scenario/text';
import { SEAT_KINDS } from '../model/vocabulary';
import { id, sourceRefs } from '../scenario/common';

/**
 * What a bot may choose to do, by command type. Control's console, seat claims and `submitMoves`
 * are not here: a bot never acts for Control, and submitting has its own chance (`submitChance`).
 */
export const BOT_ACTIONS = [
  // Doing nothing this beat, weighed against the rest: what keeps idle chatter rare.
  'wait',
  'requestItem',
  'tableDraft',
  'amendDraft',
  'placeUnderSilence',
  'withdrawDraft',
  'takePosition',
  'openChannel',
  'postMessage',
  'markRead',
  'alertUnit',
  'assignToNato',
  'stageUnit',
  'deployUnit',
  'moveUnit',
  'haltUnit',
  'interdictRoute',
  'signalNuclear',
  'grantUsConsent',
  'proposeDraft',
  'amendClause',
  'initialClause',
  'signDraft',
  'walkOut',
  'returnToTalks',
] as const;
export type BotAction = (typeof BOT_ACTIONS)[number];

const chance = z.number().min(0).max(1);

export const BotTendencySchema = z.object({
  /** Chance per beat that the bot does something rather than wait. */
  activity: chance.optional(),
  /** Relative weights of the actions (0 never); actions left out keep the seat kind's default. */
  weights: z.partialRecord(z.enum(BOT_ACTIONS), z.number().min(0).max(100)).optional(),
  /** Chance per beat in the decision phase that the bot submits its moves instead of acting on. */
  submitChance: chance.optional(),
  /** Added to an ally's disposition on a draft's items before it picks a position; + leans to support. */
  supportBias: z.number().min(-2).max(2).optional(),
  /** Chance that an ally which supports does so with a formal reservation (a footnote). */
  reserveChance: chance.optional(),
  /** An ally raises an item only when its disposition on it is at least this. */
  requestAbove: z.number().min(-2).max(2).optional(),
  /** A party initials a clause only when it values the drafted option at least this much (0–10). */
  acceptAbove: z.number().min(0).max(10).optional(),
  /** A party amends a clause only for an option it values this much more than the drafted one. */
  amendGain: z.number().min(0).max(10).optional(),
  /**
   * Points a party lowers `acceptAbove` by with each turn of talks after the first, and adds to
   * `amendGain`: the longer the talks, the readier it is to settle and the less it reopens.
   */
  concessionPerTurn: z.number().min(0).max(10).optional(),
  /** What the bot says when it posts a message; placeholders when empty. */
  lines: z.array(localisedText(500)).max(20).optional(),
  /** Why the tendency is what it is: for authors and the after-action review. */
  note: z.string().max(1000).optional(),
});

export const BotsScenarioSchema = z.object({
  note: z.string().max(2000).optional(),
  /** Where the figures come from: usually `designer-estimate`, so nobody mistakes them for facts. */
  source: sourceRefs.optional(),
  /** Tendencies by seat kind; a seat's own entry overrides its kind's. */
  kinds: z.partialRecord(z.enum(SEAT_KINDS), BotTendencySchema).default({}),
  /** Tendencies by seat id. */
  seats: z.record(id, BotTendencySchema).default({}),
});

export type BotTendencyInput = z.infer<typeof BotTendencySchema>;
export type BotsScenario = z.infer<typeof BotsScenarioSchema>;

type Path = (string | number)[];

/** Seat ids in `bots.seats` must be seats of the scenario, never Control's; sources must exist. */
export function checkBotReferences(
  scenario: {
    seats: { id: string; kind: string }[];
    sources: { id: string }[];
    bots?: BotsScenario | undefined;
  },
  ctx: z.RefinementCtx,
): void {
  scenario.bots?.source?.forEach((ref, i) => {
    if (!scenario.sources.some((s) => s.id === ref))
      ctx.addIssue({ code: 'custom', path: ['bots', 'source', i], message: `no source "${ref}" in sources` });
  });
  for (const seatId of Object.keys(scenario.bots?.seats ?? {})) {
    const seat = scenario.seats.find((s) => s.id === seatId);
    const path: Path = ['bots', 'seats', seatId];
    if (!seat) ctx.addIssue({ code: 'custom', path, message: `no seat "${seatId}"` });
    else if (seat.kind === 'control' || seat.kind === 'observer')
      ctx.addIssue({ code: 'custom', path, message: `a bot never plays the ${seat.kind} seat` });
  }
}
