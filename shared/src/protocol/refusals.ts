// What a refusal carries besides its code: a reason (which of the code's sentences) and the
// specifics that sentence names, as plain data a client words in its reader's language.
// A scenario's label travels as its text in every language ({en, fr}); an id the rules know
// (a phase, a readiness, a stance…) travels as that id; a person's own words as written.
import type { LocalisedText } from '../scenario/text';
import type { ErrorCode } from './errors';
import { FIELD_REASONS } from './invalid';

/** One value of a refusal's params: an id or a person's words, a number, a scenario text, or a list. */
export type RefusalValue = string | number | LocalisedText | readonly (string | LocalisedText)[];

/** The params of a refusal as they travel: `reason` picks the sentence, the rest fill it. */
export type RefusalParams = { readonly reason: string } & Readonly<Record<string, RefusalValue>>;

/**
 * Every reason a code is refused with, and the params that reason carries. A refusal without params
 * is worded by its code alone; one with params by its code and reason. `reject` and the forces
 * rules' `refuse` take params of exactly these shapes, so the list cannot drift from the call sites.
 */
export const REFUSAL_REASONS = {
  BAD_REQUEST: {
    invalid: [],
    // A command off its schema: which field, and why (protocol/invalid.ts).
    ...FIELD_REASONS,
    repairSeq: ['first', 'sent'],
    phrase: ['phrase', 'position'],
    observerAccess: ['access'],
    seeds: ['max'],
  },
  PROTOCOL_MISMATCH: { reload: [] },
  MESSAGE_TOO_LARGE: { command: ['max', 'size'] },
  NO_SUCH_EXERCISE: { code: ['code'] },
  NO_SUCH_SCENARIO: { unknown: ['scenarioId'] },
  BAD_CONTROL_KEY: { code: ['code'], controlOnly: [] },
  STORAGE_FAILED: { conflict: [], unconfirmed: [] },
  NO_SUCH_SEAT: { unknown: ['seatId'], noneHeld: [] },
  SEAT_TAKEN: { held: ['seat', 'name'], heldNotBot: ['seat', 'name'] },
  NAME_TAKEN: { taken: ['name'] },
  NAME_CLAIMS_ROLE: { holder: ['role'], channel: ['role'] },
  NOTHING_TO_DO: { soundRecord: [], alreadyRead: [] },
  WRONG_PHASE: {
    notStarted: [],
    paused: [],
    ended: [],
    alreadyPaused: [],
    notPaused: [],
    alreadyStarted: [],
    onlyDuring: ['phases', 'phase'],
    noTurnYet: [],
    noPhase: [],
    nothingAdjudicated: [],
    hotwash: [],
  },
  NO_SUCH_INJECT: { unknown: ['injectId'] },
  INJECT_ALREADY_FIRED: { released: ['inject'] },
  NO_SUCH_TURN: { rollBack: ['turn', 'last'], branch: ['turn', 'last'] },
  NOT_AN_ALLY: { unknown: ['allyId'] },
  NOT_THE_CHAIR: { chairHeld: ['seat'] },
  NO_SUCH_ITEM: { unknown: ['itemId'] },
  ITEM_ON_TABLE: { onDraft: ['item', 'draft'] },
  ITEM_ADOPTED: { decided: ['item'] },
  NO_SUCH_DRAFT: { unknown: ['draft'] },
  DRAFT_CLOSED: { closed: ['draft', 'status'], offTable: [] },
  DRAFT_BLOCKED: { blockers: ['draft', 'allies'] },
  ALREADY_UNDER_SILENCE: { draft: ['draft'] },
  DEADLINE_PASSED: { adopted: ['draft', 'at'], beforeInstructions: ['draft', 'at'] },
  INSTRUCTIONS_PENDING: { arrive: ['draft', 'at'] },
  TEXT_REQUIRED: { amendment: [], reservation: [] },
  NO_SUCH_CHANNEL: { unknown: ['channelId'] },
  NOT_IN_CHANNEL: { noSeat: [], observer: [], notMember: ['channelId'] },
  BAD_MEMBERS: { self: [], unknownSeat: ['seatId'], control: [], observer: [] },
  BAD_MENTIONS: { unseen: ['seat'] },
  NO_SUCH_MESSAGE: { unknown: ['messageId'] },
  // Forces.
  NO_SUCH_UNIT: { unknown: ['unitId'] },
  NO_SUCH_PLACE: { unknown: ['placeId'] },
  NO_SUCH_ROUTE: { noRoute: ['unit', 'from', 'to'], unknownLeg: ['legId'] },
  NOT_YOUR_UNIT: {
    notRed: ['unit'],
    assignedToNato: ['unit'],
    otherNation: ['unit', 'owner'],
    notAllied: ['unit'],
    nationalCommand: ['unit', 'owner'],
    observer: [],
    assignOwn: ['unit', 'owner'],
    interdictRed: [],
    redOption: ['signal'],
    saceurSignal: ['signal'],
    usConsent: [],
  },
  BEYOND_AUTHORITY: {
    usCommand: ['unit'],
    deployVjtf: ['unit'],
    deployBattlegroups: ['unit'],
    deployPlan: ['unit'],
    stageWithin: ['unit', 'countries', 'from', 'to'],
    moveWithin: ['unit', 'countries', 'from', 'to'],
    article5: [],
    acrossBorder: ['place'],
    npg: [],
    escalation: [],
    redControl: [],
  },
  UNIT_DESTROYED: { destroyed: ['unit'] },
  NOT_READY: { onTheRoad: ['unit', 'place'], noStaging: ['unit'], unknownRung: ['rung'] },
  ALREADY_DONE: {
    readiness: ['unit', 'readiness'],
    assigned: ['unit'],
    noOrder: ['unit'],
    at: ['unit', 'place'],
    rung: ['rung'],
    redMode: ['mode'],
    usConsentGranted: [],
    usConsentNone: [],
    measure: ['measure', 'value'],
    position: ['position'],
    placeHeld: ['side'],
    destroyedBelow: ['unit', 'threshold'],
    strength: ['unit', 'strength'],
    botPlays: ['seat'],
    euConsented: ['issue'],
    enhancedInvoked: ['issue'],
    clauseReads: [],
    initialled: [],
    atTable: [],
    signed: [],
  },
  OUT_OF_REACH: { leg: ['from', 'to'] },
  NO_SUCH_VARIANT: { unknown: ['variant', 'choices'], none: [] },
  NO_SUCH_ASSUMPTION: { unknown: ['key', 'known'], none: [] },
  ASSUMPTION_OUT_OF_BOUNDS: {
    choice: ['assumption', 'value', 'choices'],
    range: ['assumption', 'value', 'min', 'max'],
  },
  // Negotiation.
  NOT_YOUR_PARTY: { euSeatHeld: [], notEu: [], initialOwn: [], initialSelf: [], returnSelf: [] },
  NO_SUCH_CLAUSE: { unknownIssue: ['issueId'], notDrafted: ['issue'] },
  NO_SUCH_OPTION: { notAnOption: ['optionId', 'issue'] },
  DRAFT_INCOMPLETE: { missing: ['clauses'] },
  NOT_EU_MONEY: { notEuMoney: ['issue'], unanimity: ['issue'] },
  TOO_FEW_MEMBERS: { members: ['participants', 'minimum'] },
  NO_EU_CONSENT: { issues: ['issues'] },
  NO_NAC_CONSENSUS: { issues: ['issues', 'items'] },
  // The after-action record.
  NO_SUCH_MOMENT: { beyondLog: ['seq', 'last'], notInLog: [] },
  NO_SUCH_QUESTION: { unknown: ['questionId'] },
  REVIEW_FULL: { tags: ['max'], questions: ['max'] },
  // Control's console.
  SEAT_NOT_PLAYABLE: { seat: ['seat'] },
  NOT_A_BOT_SEAT: { seat: ['seat'] },
  NO_SUCH_ASSISTANT: { unknown: ['keyId'] },
  // Archives.
  ARCHIVE_TOO_NEW: { version: ['version', 'supported'] },
  // The archive's scenario off this release's schema: its first problem, by JSON path.
  ARCHIVE_SCENARIO_INVALID: FIELD_REASONS,
} as const satisfies { readonly [C in ErrorCode]?: Readonly<Record<string, readonly string[]>> };

type Reasons = typeof REFUSAL_REASONS;

type ParamsOfReason<C extends keyof Reasons, R extends keyof Reasons[C]> = { readonly reason: R } & {
  readonly [P in Reasons[C][R] extends readonly (infer N extends string)[] ? N : never]: RefusalValue;
};

/** The params a refusal with this code may carry: one shape per reason (none for a code without reasons). */
export type RefusalParamsOf<C extends ErrorCode> = C extends keyof Reasons
  ? { [R in keyof Reasons[C]]: ParamsOfReason<C, R> }[keyof Reasons[C]]
  : never;

/** The reasons a code has, and the names each reason's params carry (empty for a code without). */
export function refusalReasons(code: ErrorCode): Readonly<Record<string, readonly string[]>> {
  return (
    (REFUSAL_REASONS as Partial<Record<ErrorCode, Readonly<Record<string, readonly string[]>>>>)[code] ?? {}
  );
}
