// After signature: each adjudication rolls whether each party breaks the ceasefire (ADR 0008).
// The dice are drawn here, when the turn is played out, and carried by the events; evolve never rolls.
import type { Emitter } from '../engine/emit';
import { Dice } from '../rng/sfc32';
import { effectivePriorities } from './currents';
import { satisfactionOf } from './measures';
import type { Implementation, NegotiationScenario } from './schema';

const clamp = (x: number) => Math.min(1, Math.max(0, x));

/** The chance that `party` breaks the ceasefire this turn, given the signed clauses. */
export function violationRisk(
  scenario: NegotiationScenario,
  rules: Implementation,
  clauses: Readonly<Record<string, string>>,
  party: string,
  fired: readonly { readonly injectId: string }[] = [],
  front: Readonly<Record<string, number>> = {},
): number {
  const moved = rules.clauseRisk
    .filter((odds) => clauses[odds.issue] === odds.option)
    .reduce((sum, odds) => sum + odds.value, 0);
  const profile = scenario.parties.find((p) => p.seat === party);
  // A party that got little of what it values has less to lose by breaking the deal.
  const unhappy = profile
    ? 1 - satisfactionOf(profile, clauses, effectivePriorities(scenario, profile, fired, front))
    : 0;
  return clamp(rules.baseRisk + moved + rules.dissatisfactionRisk * unhappy);
}

/** The monitoring the signed text provides: the best detecting clause, or none. */
export function monitoringOf(
  rules: Implementation,
  clauses: Readonly<Record<string, string>>,
): { issueId: string; optionId: string; chance: number } | null {
  const best = rules.detection
    .filter((odds) => clauses[odds.issue] === odds.option)
    .sort((a, b) => b.value - a.value)[0];
  return best ? { issueId: best.issue, optionId: best.option, chance: best.value } : null;
}

/** The chance a breach is detected under the signed text. */
export function detectionChance(rules: Implementation, clauses: Readonly<Record<string, string>>): number {
  return monitoringOf(rules, clauses)?.chance ?? rules.baseDetection;
}

/** Rolls the turn ending at `to` for a signed deal; emits the breaches, or that the ceasefire held. */
export function rollImplementation(b: Emitter, to: string, at: string): void {
  const { scenario, negotiation: talks, clock, rng, injects } = b.state;
  const rules = scenario.negotiation?.implementation;
  if (!rules || !talks?.signedAt || !scenario.negotiation) return;
  const negotiation = scenario.negotiation;
  const dice = new Dice(rng);
  const detect = detectionChance(rules, talks.clauses);
  const breaches: { by: string; severity: 'minor' | 'serious'; detected: boolean }[] = [];
  for (const party of rules.violators) {
    if (talks.walkedOut.includes(party)) continue;
    if (dice.float() >= violationRisk(negotiation, rules, talks.clauses, party, injects, talks.front))
      continue;
    const severity = dice.float() < rules.seriousShare ? 'serious' : 'minor';
    breaches.push({ by: party, severity, detected: dice.float() < detect });
  }
  const turn = clock.turn;
  const rolls = dice.rolls;
  if (breaches.length === 0) {
    const hours = (Date.parse(to) - Date.parse(clock.time)) / 3_600_000;
    b.emit({ type: 'ceasefireHeld', turn, hours, rolls, rng: dice.state, gameTime: to, at });
    return;
  }
  for (const breach of breaches)
    b.emit({ type: 'ceasefireViolation', turn, ...breach, rolls, rng: dice.state, gameTime: to, at });
}
