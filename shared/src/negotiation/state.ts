// The negotiation as it stands: the one structured draft, initials, signatures, walk-outs, history.
import type { EnhancedCooperation } from './eu';
import type { NegotiationScenario } from './schema';
import { spendingAtStart, type SpendingState } from './spending';

/** The measures of one turn, recorded when adjudication closes the turn's window. */
export interface NegotiationTurnMeasures {
  readonly turn: number;
  readonly progress: number;
  readonly satisfaction: Readonly<Record<string, number>>;
  readonly redLinesCrossed: Readonly<Record<string, number>>;
  /** Each political current's meter, 0–1. */
  readonly currents: Readonly<Record<string, number>>;
  /** How the signed deal holds; null before signature. */
  readonly implementation: {
    readonly daysHeld: number;
    readonly violations: number;
    readonly detected: number;
  } | null;
  /** Each sector's shift since the start, km (positive: the attacker advanced); {} without a front. */
  readonly front: Readonly<Record<string, number>>;
  /** The attacker's leverage, 0–1; null without a front. */
  readonly leverage: number | null;
  /** Each ally's defence spending, % of GDP, and the two-tier meter (0–1); null without spending paths. */
  readonly spending: {
    readonly year: number;
    readonly levels: Readonly<Record<string, number>>;
    readonly twoTier: number;
  } | null;
}

/** A breach of the signed ceasefire; an undetected one is known only to its author and Control. */
export interface CeasefireViolationRecord {
  readonly turn: number;
  readonly by: string;
  readonly severity: 'minor' | 'serious';
  readonly detected: boolean;
  /** Game time: the end of the turn it happened in. */
  readonly gameTime: string;
}

/** The signed deal on the ground: turns rolled, game hours without a breach, every breach. */
export interface ImplementationState {
  readonly turns: number;
  readonly hoursHeld: number;
  readonly violations: readonly CeasefireViolationRecord[];
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

export interface NegotiationWalkout {
  /** Game time. */
  readonly at: string;
  /** The clause that crossed the party's red line when the rules made it leave; null when it chose to. */
  readonly redLine: { readonly issueId: string; readonly optionId: string } | null;
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
  /** When each party now out of the talks left, and the clause that made the rules walk it out. */
  readonly walkouts: Readonly<Record<string, NegotiationWalkout>>;
  /** Enhanced cooperation on EU-money clauses as they now read, by issue id. */
  readonly enhanced: Readonly<Record<string, EnhancedCooperation>>;
  /** By EU-money clause: member states whose capitals refused it as it reads (ADR 0019). */
  readonly refusals: Readonly<Record<string, readonly string[]>>;
  readonly history: readonly NegotiationTurnMeasures[];
  readonly implementation: ImplementationState;
  /** Each front sector's shift since the start, km (positive: the attacker advanced), by sector id. */
  readonly front: Readonly<Record<string, number>>;
  /** The allies' defence spending; null without spending paths in the scenario. */
  readonly spending: SpendingState | null;
  /** Each time detected serious breaches reopened a signed deal. */
  readonly reopenings: readonly { readonly turn: number; readonly gameTime: string }[];
}

/** Suspended: a required party has walked out and may still return before its deadline. */
export type NegotiationStatus = 'open' | 'suspended' | 'signed' | 'collapsed';

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
    walkouts: {},
    enhanced: {},
    refusals: {},
    history: [],
    implementation: { turns: 0, hoursHeld: 0, violations: [] },
    front: Object.fromEntries((scenario.negotiation.front?.sectors ?? []).map((s) => [s.id, 0])),
    spending: spendingAtStart(scenario.negotiation),
    reopenings: [],
  };
}

export function requiredParties(scenario: NegotiationScenario): string[] {
  return scenario.parties.filter((p) => p.required).map((p) => p.seat);
}

/** The game time by which a required party that walked out must return; null for anyone else. */
export function returnDeadline(
  scenario: NegotiationScenario,
  state: NegotiationState,
  party: string,
): string | null {
  const walkout = state.walkouts[party];
  if (!walkout || !requiredParties(scenario).includes(party)) return null;
  return new Date(Date.parse(walkout.at) + scenario.returnWithinHours * 3_600_000).toISOString();
}

/**
 * Where the talks stand at game time `now`: a required party out of the talks suspends them until
 * its deadline, and collapses them from then on (ADR 0008). Derived from the clock, so the
 * collapse needs no event of its own.
 */
export function statusOf(
  scenario: NegotiationScenario,
  state: NegotiationState,
  now: string,
): NegotiationStatus {
  if (state.signedAt) return 'signed';
  const deadlines = state.walkedOut.flatMap((p) => returnDeadline(scenario, state, p) ?? []);
  if (deadlines.length === 0) return 'open';
  return deadlines.some((d) => Date.parse(now) >= Date.parse(d)) ? 'collapsed' : 'suspended';
}
