// Negotiation events, in the past tense; their names carry the `negotiation` prefix so none clash
// (the signed ceasefire's, `ceasefire`).
import type { RngState } from '../rng/sfc32';
import { WORLD_EVENT_TYPES, type WorldEvent } from './worldEvents';

export type * from './worldEvents';

export interface NegotiationDraftProposed {
  readonly type: 'negotiationDraftProposed';
  /** The proposing party's seat; null for Control as mediator. */
  readonly by: string | null;
  readonly revision: number;
  readonly clauses: Readonly<Record<string, string>>;
  /** Game time. */
  readonly gameTime: string;
  /** Wall time. */
  readonly at: string;
}

export interface NegotiationClauseAmended {
  readonly type: 'negotiationClauseAmended';
  readonly by: string | null;
  readonly revision: number;
  readonly issueId: string;
  readonly optionId: string;
  /** Game time. */
  readonly gameTime: string;
  /** Wall time. */
  readonly at: string;
}

export interface NegotiationClauseInitialled {
  readonly type: 'negotiationClauseInitialled';
  readonly party: string;
  readonly revision: number;
  readonly issueId: string;
  /** Game time. */
  readonly gameTime: string;
  /** Wall time. */
  readonly at: string;
}

export interface NegotiationDraftSigned {
  readonly type: 'negotiationDraftSigned';
  readonly party: string;
  readonly revision: number;
  /** Game time. */
  readonly gameTime: string;
  /** Wall time. */
  readonly at: string;
}

/** Every required party has signed: the deal is concluded. */
export interface NegotiationDealSigned {
  readonly type: 'negotiationDealSigned';
  readonly revision: number;
  /** Game time. */
  readonly gameTime: string;
  /** Wall time. */
  readonly at: string;
}

export interface NegotiationWalkedOut {
  readonly type: 'negotiationWalkedOut';
  readonly party: string;
  /** The clause that crossed the party's red line when the rules made it leave; null when it chose to. */
  readonly redLine: { readonly issueId: string; readonly optionId: string } | null;
  readonly reason: string | null;
  /** Game time. */
  readonly gameTime: string;
  /** Wall time. */
  readonly at: string;
}

/** A party that walked out is back at the table: by its own choice, or by the rules for an unplayed party. */
export interface NegotiationReturned {
  readonly type: 'negotiationReturned';
  readonly party: string;
  /** True when the rules brought back an unplayed party whose red lines the text no longer crosses. */
  readonly byRules: boolean;
  /** Game time. */
  readonly gameTime: string;
  /** Wall time. */
  readonly at: string;
}

/** Enhanced cooperation invoked on an EU-money clause: it counts as the Union's consent from `effectiveAt`. */
export interface NegotiationEnhancedCooperation {
  readonly type: 'negotiationEnhancedCooperation';
  /** The convener's seat; null for Control playing an unseated convener. */
  readonly by: string | null;
  readonly issueId: string;
  readonly optionId: string;
  readonly participants: number;
  readonly exempt: readonly string[];
  /** Game time the Council's authorisation takes effect. */
  readonly effectiveAt: string;
  /** Game time. */
  readonly gameTime: string;
  /** Wall time. */
  readonly at: string;
}

/**
 * The capital of an EU member state nobody plays answered a clause that spends the Union's money
 * (ADR 0019): consenting counts as its initial; a refusal stands until the clause changes.
 */
export interface NegotiationCapitalAnswered {
  readonly type: 'negotiationCapitalAnswered';
  readonly party: string;
  readonly issueId: string;
  readonly optionId: string;
  readonly revision: number;
  readonly consents: boolean;
  /** The chance of consent the capital's priorities gave, and the draw against it. */
  readonly chance: number;
  readonly draw: number;
  /** The PRNG state after the draw. */
  readonly rng: RngState;
  /** Game time: the end of the turn played out. */
  readonly gameTime: string;
  /** Wall time. */
  readonly at: string;
}

/** A party broke the signed ceasefire during the turn; rolled at adjudication. */
export interface CeasefireViolation {
  readonly type: 'ceasefireViolation';
  readonly turn: number;
  readonly by: string;
  readonly severity: 'minor' | 'serious';
  /** Detected by the monitors: seen by every seat; otherwise only by its author and Control. */
  readonly detected: boolean;
  /** The turn's draws: for each violator its risk roll, then severity and detection for a breach. */
  readonly rolls: readonly number[];
  /** The PRNG state after the turn's draws. */
  readonly rng: RngState;
  /** Game time: the end of the turn. */
  readonly gameTime: string;
  /** Wall time. */
  readonly at: string;
}

/** Nobody broke the signed ceasefire during the turn. */
export interface CeasefireHeld {
  readonly type: 'ceasefireHeld';
  readonly turn: number;
  /** Game hours the turn lasted. */
  readonly hours: number;
  readonly rolls: readonly number[];
  readonly rng: RngState;
  /** Game time: the end of the turn. */
  readonly gameTime: string;
  /** Wall time. */
  readonly at: string;
}

export type NegotiationEvent =
  | NegotiationDraftProposed
  | NegotiationClauseAmended
  | NegotiationClauseInitialled
  | NegotiationDraftSigned
  | NegotiationDealSigned
  | NegotiationWalkedOut
  | NegotiationReturned
  | NegotiationEnhancedCooperation
  | NegotiationCapitalAnswered
  | CeasefireViolation
  | CeasefireHeld
  | WorldEvent;

const TYPES: ReadonlySet<string> = new Set<NegotiationEvent['type']>([
  'negotiationDraftProposed',
  'negotiationClauseAmended',
  'negotiationClauseInitialled',
  'negotiationDraftSigned',
  'negotiationDealSigned',
  'negotiationWalkedOut',
  'negotiationReturned',
  'negotiationEnhancedCooperation',
  'negotiationCapitalAnswered',
  'ceasefireViolation',
  'ceasefireHeld',
  ...WORLD_EVENT_TYPES,
]);

export function isNegotiationEvent(event: { type: string }): event is NegotiationEvent {
  return TYPES.has(event.type);
}
