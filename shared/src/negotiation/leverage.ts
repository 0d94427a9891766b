// The battlefield's weight at the table (ADR 0008): one public meter, 0–1, read as the attacker's
// leverage. It rises with the attacker's gains on the front and with the currents the scenario
// names (US retrenchment); as it rises above its start it moves named parties' secret priorities.
import type { NegotiationScenario } from './schema';

const clamp = (x: number) => Math.min(1, Math.max(0, x));
const round = (x: number) => Math.round(x * 1000) / 1000;

/** The front's shifts summed over sectors, km: positive when the attacker gained ground overall. */
export const totalShiftKm = (front: Readonly<Record<string, number>>): number =>
  round(Object.values(front).reduce((sum, km) => sum + km, 0));

/**
 * `start` + `perKm` × the front's summed shift + each named current's weight × its rise above its
 * start, within 0–1; null when the scenario models no front.
 */
export function leverageLevel(
  scenario: NegotiationScenario,
  front: Readonly<Record<string, number>>,
  currentLevels: Readonly<Record<string, number>>,
): number | null {
  const rules = scenario.front?.leverage;
  if (!rules) return null;
  const fromCurrents = rules.currents.reduce((sum, { current, weight }) => {
    const start = scenario.currents.find((c) => c.id === current)?.start ?? 0;
    return sum + weight * ((currentLevels[current] ?? start) - start);
  }, 0);
  return round(clamp(rules.start + rules.perKm * totalShiftKm(front) + fromCurrents));
}
