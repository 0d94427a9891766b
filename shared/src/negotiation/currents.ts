// Political currents (ADR 0008): public meters the scenario's injects move, and the secret shift
// they give parties' priorities. Derived from the injects fired so far: no event of their own.
import { leverageLevel } from './leverage';
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
 * The party's priorities as the currents, and the front's leverage, have moved them: each shift
 * adds its weight times its meter's rise above its start (a fall takes it away), within 0–10.
 * `front` is each sector's shift so far (the talks' state); without it the leverage does not move.
 */
export function effectivePriorities(
  scenario: NegotiationScenario,
  party: NegotiationParty,
  fired: Fired,
  front: Readonly<Record<string, number>> = {},
): Priorities {
  const leverage = scenario.front?.leverage;
  const shifts = [...scenario.currents.flatMap((c) => c.shifts), ...(leverage?.shifts ?? [])];
  if (!shifts.some((s) => s.party === party.seat)) return party.priorities;
  const levels = currentLevels(scenario, fired);
  const meters = scenario.currents.map((current) => ({
    rise: (levels[current.id] ?? current.start) - current.start,
    shifts: current.shifts,
  }));
  if (leverage)
    meters.push({
      rise: (leverageLevel(scenario, front, levels) ?? leverage.start) - leverage.start,
      shifts: leverage.shifts,
    });
  const result: Record<string, Record<string, number>> = Object.fromEntries(
    Object.entries(party.priorities).map(([issue, weights]) => [issue, { ...weights }]),
  );
  for (const { rise, shifts: moved } of meters) {
    for (const shift of moved) {
      if (shift.party !== party.seat || rise === 0) continue;
      const weights = (result[shift.issue] ??= {});
      weights[shift.option] = round(clamp((weights[shift.option] ?? 0) + shift.weight * rise, 0, 10));
    }
  }
  return result;
}
