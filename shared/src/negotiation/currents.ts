// Political currents (ADR 0008): public meters the scenario's injects move, and the secret shift
// they give parties' priorities. Derived from the injects fired so far: no event of their own.
import type { NegotiationParty, NegotiationScenario } from './schema';

type Fired = readonly { readonly injectId: string }[];
type Priorities = Readonly<Record<string, Readonly<Record<string, number>>>>;

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const round = (x: number) => Math.round(x * 1000) / 1000;

/** Each current's meter, 0–1, after the injects fired so far. */
export function currentLevels(scenario: NegotiationScenario, fired: Fired): Record<string, number> {
  return Object.fromEntries(
    scenario.currents.map((current) => {
      const moved = current.moves
        .filter((m) => fired.some((f) => f.injectId === m.inject))
        .reduce((sum, m) => sum + m.delta, 0);
      return [current.id, round(clamp(current.start + moved, 0, 1))];
    }),
  );
}

/**
 * The party's priorities as the currents have moved them: each shift adds its weight times the
 * meter's rise above its start (a fall takes it away), within 0–10.
 */
export function effectivePriorities(
  scenario: NegotiationScenario,
  party: NegotiationParty,
  fired: Fired,
): Priorities {
  const shifts = scenario.currents.flatMap((c) => c.shifts.filter((s) => s.party === party.seat));
  if (shifts.length === 0) return party.priorities;
  const levels = currentLevels(scenario, fired);
  const result: Record<string, Record<string, number>> = Object.fromEntries(
    Object.entries(party.priorities).map(([issue, weights]) => [issue, { ...weights }]),
  );
  for (const current of scenario.currents) {
    const rise = (levels[current.id] ?? current.start) - current.start;
    for (const shift of current.shifts) {
      if (shift.party !== party.seat || rise === 0) continue;
      const weights = (result[shift.issue] ??= {});
      weights[shift.option] = round(clamp((weights[shift.option] ?? 0) + shift.weight * rise, 0, 10));
    }
  }
  return result;
}
