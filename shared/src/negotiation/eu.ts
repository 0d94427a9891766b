// EU money in the text (ADR 0008): clauses that spend the Union's money (the frozen assets, the
// loan) need every EU member's consent, or, where the scenario allows it, enhanced cooperation
// among at least nine member states (TEU art. 20), authorised after a delay, with the refusers exempt.
import type { NegotiationScenario } from './schema';
import type { NegotiationState } from './state';

export interface EnhancedCooperation {
  /** The option the clause read when enhanced cooperation was invoked; an amendment ends it. */
  readonly optionId: string;
  /** Game time it was invoked, and from when it counts as the Union's consent. */
  readonly invokedAt: string;
  readonly effectiveAt: string;
  /** Member states taking part, seated or not. */
  readonly participants: number;
  /** Seated member states that had not consented and stay out (they neither pay nor block). */
  readonly exempt: readonly string[];
}

/** How the Union stands on one EU-money clause. */
export interface EuConsent {
  /** The party that may invoke enhanced cooperation. */
  readonly convener: string;
  readonly members: readonly string[];
  readonly consenting: readonly string[];
  readonly missing: readonly string[];
  /** Members whose capitals (nobody plays them) refused the clause as it reads (ADR 0019). */
  readonly refused: readonly string[];
  /** Members nobody plays whose capitals answer when the turn's game time is played out. */
  readonly awaitingCapitals: readonly string[];
  /** Whether the scenario lets this clause go ahead by enhanced cooperation. */
  readonly enhancedAllowed: boolean;
  readonly enhanced: EnhancedCooperation | null;
  /** How the Union consents now: every member, or enhanced cooperation in force; null while it has not. */
  readonly via: 'unanimity' | 'enhancedCooperation' | null;
}

export const isEuMoney = (scenario: NegotiationScenario, issueId: string): boolean =>
  scenario.eu?.issues.includes(issueId) ?? false;

/** Member states that would take part in enhanced cooperation on the clause as it reads now. */
export function participantsNow(
  scenario: NegotiationScenario,
  talks: NegotiationState,
  issueId: string,
): number {
  const eu = scenario.eu;
  if (!eu) return 0;
  const initialled = talks.initials[issueId] ?? [];
  const refusing = eu.members.filter((m) => !initialled.includes(m)).length;
  return eu.memberStates - eu.outsideAbstainers - refusing;
}

/**
 * The Union's consent to the clause at game time `now`; null when the clause spends no EU money.
 * `seated`: the parties someone (a person or a bot) holds; the others' capitals answer.
 */
export function euConsentOf(
  scenario: NegotiationScenario,
  talks: NegotiationState,
  issueId: string,
  now: string,
  seated: readonly string[] = [],
): EuConsent | null {
  const eu = scenario.eu;
  if (!eu || !eu.issues.includes(issueId)) return null;
  const initialled = talks.initials[issueId] ?? [];
  const consenting = eu.members.filter((m) => initialled.includes(m));
  const missing = eu.members.filter((m) => !initialled.includes(m));
  const enhanced = talks.enhanced[issueId] ?? null;
  const drafted = talks.clauses[issueId] !== undefined;
  const via =
    drafted && missing.length === 0
      ? 'unanimity'
      : enhanced && Date.parse(now) >= Date.parse(enhanced.effectiveAt)
        ? 'enhancedCooperation'
        : null;
  return {
    convener: eu.convener,
    members: eu.members,
    consenting,
    missing,
    refused: missing.filter((m) => talks.refusals[issueId]?.includes(m)),
    awaitingCapitals: drafted
      ? missing.filter(
          (m) => !seated.includes(m) && !talks.refusals[issueId]?.includes(m) && !talks.walkedOut.includes(m),
        )
      : [],
    enhancedAllowed: eu.enhancedCooperation?.issues.includes(issueId) ?? false,
    enhanced,
    via,
  };
}
