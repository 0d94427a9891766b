// EU member states nobody plays consent through their capitals (ADR 0019), as the Council's allies
// nobody plays answer through theirs: when the turn's game time is played out, each such member
// that has not answered a clause spending the Union's money as it now reads gives or refuses its
// consent by one seeded draw. The draw is taken here and carried by the event; evolve never rolls.
import type { Emitter } from '../engine/emit';
import { Dice } from '../rng/sfc32';
import { effectivePriorities } from './currents';
import { crosses } from './measures';
import type { NegotiationParty, NegotiationScenario } from './schema';
import { statusOf } from './state';

const round = (x: number) => Math.round(x * 1e4) / 1e4;

/**
 * The chance a member's capital consents to the clause: none across its red lines; otherwise the
 * drafted option's weight over the best weight it gives the issue (its priorities as the currents
 * have moved them); a capital with no stake in the issue joins the others.
 */
export function consentChance(
  scenario: NegotiationScenario,
  party: NegotiationParty,
  issueId: string,
  optionId: string,
  weights: Readonly<Record<string, number>> | undefined,
): number {
  if (party.redLines.some((line) => line.issue === issueId && crosses(scenario, line, optionId))) return 0;
  const best = Math.max(0, ...Object.values(weights ?? {}));
  if (best === 0) return 1;
  return round(Math.min(1, (weights?.[optionId] ?? 0) / best));
}

/** Members nobody holds, still at the table, that have not answered the clause as it reads. */
function owing(b: Emitter, issueId: string): NegotiationParty[] {
  const { scenario, negotiation: talks, seats } = b.state;
  const rules = scenario.negotiation;
  if (!rules?.eu || !talks) return [];
  const initialled = talks.initials[issueId] ?? [];
  const refused = talks.refusals[issueId] ?? [];
  return rules.eu.members.flatMap((member) => {
    const party = rules.parties.find((p) => p.seat === member);
    if (!party || seats[member] !== undefined || talks.walkedOut.includes(member)) return [];
    return initialled.includes(member) || refused.includes(member) ? [] : [party];
  });
}

/** Plays the capitals' answers for the turn ending at `to`, before the clock moves. */
export function answerForAbsentMembers(b: Emitter, to: string, at: string): void {
  const { scenario, negotiation: talks } = b.state;
  const rules = scenario.negotiation;
  if (!rules?.eu || !talks) return;
  const status = statusOf(rules, talks, b.state.clock.time);
  if (status === 'signed' || status === 'collapsed') return;
  for (const issueId of rules.eu.issues) {
    const optionId = b.state.negotiation?.clauses[issueId];
    if (optionId === undefined) continue;
    for (const party of owing(b, issueId)) {
      const current = b.state.negotiation;
      if (!current) return;
      const weights = effectivePriorities(rules, party, b.state.injects, current.front)[issueId];
      const chance = consentChance(rules, party, issueId, optionId, weights);
      const dice = new Dice(b.state.rng);
      const draw = round(dice.float());
      b.emit({
        type: 'negotiationCapitalAnswered',
        party: party.seat,
        issueId,
        optionId,
        revision: current.revision,
        consents: draw < chance,
        chance,
        draw,
        rng: dice.state,
        gameTime: to,
        at,
      });
    }
  }
}
