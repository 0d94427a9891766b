// The negotiation as it stands: the one structured draft, initials, signatures, walk-outs, history.
import type { NegotiationScenario } from './schema';

/** The measures of one turn, recorded when adjudication closes the turn's window. */
export interface NegotiationTurnMeasures {
  readonly turn: number;
  readonly progress: number;
  readonly satisfaction: Readonly<Record<string, number>>;
  readonly redLinesCrossed: Readonly<Record<string, number>>;
}

/** One change to the text: a whole draft proposed, or one clause amended. */
export interface NegotiationTextChange {
  readonly revision: number;
  /** The party's seat; null for Control as mediator. */
  readonly by: string | null;
  readonly kind: 'proposed' | 'amended';
  /** The options drafted by this change, by issue id (one entry for an amendment). */
  readonly clauses: Readonly<Record<string, string>>;
  /** Game time. */
  readonly gameTime: string;
}

export interface NegotiationState {
  /** 0 until a draft is proposed; every proposal or amendment is a new revision. */
  readonly revision: number;
  /** The option drafted for each issue, by issue id; an issue without a clause is absent. */
  readonly clauses: Readonly<Record<string, string>>;
  /** Who drafted each clause as it now reads (a party's seat, or null for Control), by issue id. */
  readonly proposedBy: Readonly<Record<string, string | null>>;
  /** Every proposal and amendment, oldest first: the table's public record of the text. */
  readonly changes: readonly NegotiationTextChange[];
  /** Parties that initialled each clause as it now reads, by issue id. */
  readonly initials: Readonly<Record<string, readonly string[]>>;
  /** Parties that signed the current revision. */
  readonly signatures: readonly string[];
  /** Game time the last required party signed; the deal is closed from then on. */
  readonly signedAt: string | null;
  readonly walkedOut: readonly string[];
  readonly history: readonly NegotiationTurnMeasures[];
}

export type NegotiationStatus = 'open' | 'signed' | 'collapsed';

export function negotiationAtStart(scenario: {
  negotiation?: NegotiationScenario | undefined;
}): NegotiationState | null {
  if (!scenario.negotiation) return null;
  return {
    revision: 0,
    clauses: {},
    proposedBy: {},
    changes: [],
    initials: {},
    signatures: [],
    signedAt: null,
    walkedOut: [],
    history: [],
  };
}

export function requiredParties(scenario: NegotiationScenario): string[] {
  return scenario.parties.filter((p) => p.required).map((p) => p.seat);
}

export function statusOf(scenario: NegotiationScenario, state: NegotiationState): NegotiationStatus {
  if (state.signedAt) return 'signed';
  return requiredParties(scenario).some((p) => state.walkedOut.includes(p)) ? 'collapsed' : 'open';
}
