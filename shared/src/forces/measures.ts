// The measures kept every turn, computed from the state so each value can say where it comes from.
import { rungIndex, SIGNAL_RULES } from './escalation';
import { networkOf } from './network';
import { unitPower } from './combat';
import type { ForcesState, Measures } from './state';

const clamp = (n: number) => Math.max(0, Math.min(100, Math.round(n * 10) / 10));

export function groundHeld(state: ForcesState): number {
  const theatre = new Set(state.scenario.objectives.theatre);
  let held = 0;
  let total = 0;
  for (const p of state.scenario.places) {
    if (!theatre.has(p.country)) continue;
    total += p.weight;
    if (state.control[p.id] === 'blue') held += p.weight;
  }
  return total ? Math.round((held / total) * 1000) / 1000 : 1;
}

/**
 * Design formulas (not calibrated): deterrence credibility rises with Blue's combat power in the
 * theatre against Red's and with signals; cohesion and public support fall with losses, fallen
 * capitals and nuclear threats. The council module adds its own effects on top.
 */
export function computeMeasures(state: ForcesState, hour: number): { measures: Measures; notes: string[] } {
  const base = state.scenario.measures;
  const net = networkOf(state.scenario);
  const theatre = new Set(state.scenario.objectives.theatre);
  let blue = 0;
  let red = 0;
  const lost: Record<string, number> = {};
  for (const id in state.units) {
    const u = state.units[id]!;
    const def = net.unitDefs.get(id);
    if (def) lost[u.owner] = (lost[u.owner] ?? 0) + (u.battalions * (def.strength - u.strength)) / 100;
    if (u.readiness === 'destroyed') continue;
    const power = unitPower(state.scenario.rules, u);
    if (u.side === 'red') red += power;
    else if (u.location.kind === 'at' && theatre.has(net.places.get(u.location.placeId)!.country))
      blue += power;
  }
  const ratio = red > 0 ? blue / red : 1;
  const signal = (side: 'blue' | 'red', key: 'credibility' | 'cohesion') =>
    state.signals.filter((x) => x.side === side).reduce((s, x) => s + SIGNAL_RULES[x.signal][key], 0);
  const fallen = Object.keys(state.capitalsFallen).length;
  const nuclear = rungIndex(state.escalation) >= rungIndex('nuclearUltimatum');
  const deterrence = clamp(
    base.deterrenceCredibility +
      40 * (Math.min(ratio, 1.5) - 0.5) +
      signal('blue', 'credibility') -
      15 * fallen,
  );
  const cohesion = clamp(
    base.cohesion + signal('blue', 'cohesion') + signal('red', 'cohesion') - 5 * fallen - (nuclear ? 5 : 0),
  );
  const capitalCountry = new Set(Object.keys(state.capitalsFallen).map((p) => net.places.get(p)?.country));
  const publicSupport: Record<string, number> = {};
  for (const [nation, support] of Object.entries(base.publicSupport)) {
    const rally = capitalCountry.has(nation) ? 10 : 0;
    publicSupport[nation] = clamp(support - 2 * (lost[nation] ?? 0) - (nuclear ? 10 : 0) + rally);
  }
  const notes = [
    `Blue combat power in the theatre ${Math.round(blue)} against Red's ${Math.round(red)} (ratio ${ratio.toFixed(2)}).`,
    `${fallen} capital(s) fallen; escalation at ${state.escalation}.`,
  ];
  return {
    measures: {
      atHour: hour,
      cohesion,
      deterrenceCredibility: deterrence,
      escalation: state.escalation,
      publicSupport,
      groundHeld: groundHeld(state),
    },
    notes,
  };
}
