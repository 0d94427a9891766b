// One seeded run of a response plan: the forces advance in turns, the response bots order at every stop.
import {
  advanceWithState,
  initialForces,
  type ForcesAuthority,
  type ForcesScenario,
  type ForcesState,
} from '../forces/index';
import { hashSeed, seedRng } from '../rng/sfc32';
import { authorityAt, type ResponseTiming } from './plans';
import { respond } from './respond';

/** Days after the incursion at which the capitals are checked (issue 14: 7, 14 and 28). */
export const CHECK_DAYS = [7, 14, 28] as const;

export interface RunSetup {
  readonly forces: ForcesScenario;
  readonly variant: string;
  readonly plan: ForcesAuthority;
  readonly destinations: ReadonlyMap<string, string>;
  /** Days of fighting after the incursion; the run ends then. */
  readonly days: number;
  readonly turnHours: number;
}

export interface RunOutcome {
  /** Capital → held by Blue at each of CHECK_DAYS. */
  readonly held: Readonly<Record<string, readonly boolean[]>>;
  /** Red arrival target → hours from the incursion until a Red unit first reached it; null if never. */
  readonly arrival: Readonly<Record<string, number | null>>;
  readonly groundHeld: number;
  /** Battalion-equivalents lost (strength points × size) by each side. */
  readonly losses: { readonly nato: number; readonly red: number };
}

/** A run in progress: the forces state and what has been recorded on the way. */
export interface Sim {
  readonly state: ForcesState;
  readonly arrival: Readonly<Record<string, number>>;
  readonly held: Readonly<Record<string, readonly boolean[]>>;
}

export const incursionOf = (setup: RunSetup) => setup.forces.redPlan.incursionHour;
export const endOf = (setup: RunSetup) => incursionOf(setup) + setup.days * 24;

export function startSim(setup: RunSetup, seed: number): Sim {
  return { state: initialForces(setup.forces, setup.variant, seed), arrival: {}, held: {} };
}

/**
 * A run from a moment of a played game: its forces as they stood, fresh dice for this seed. The
 * checks already past read the capitals' control then; Red's first arrival is kept.
 */
export function startSimFrom(setup: RunSetup, from: ForcesState, seed: number): Sim {
  const incursion = incursionOf(setup);
  const held: Record<string, boolean[]> = {};
  for (const d of CHECK_DAYS)
    if (incursion + d * 24 <= from.hour)
      for (const c of setup.forces.objectives.capitals) (held[c] ??= []).push(from.control[c] === 'blue');
  const arrival: Record<string, number> = {};
  if (from.firstRedArrival) arrival[from.firstRedArrival.placeId] = from.firstRedArrival.hour;
  return { state: { ...from, rng: seedRng(hashSeed(`${from.seed}:${seed}`)) }, arrival, held };
}

/** The next hour the run must stop at: a turn's end, a checkpoint, or a moment the response changes. */
function nextStop(setup: RunSetup, timing: ResponseTiming, from: number, to: number): number {
  let stop = Math.min(to, (Math.floor(from / setup.turnHours) + 1) * setup.turnHours);
  const incursion = incursionOf(setup);
  const marks = [timing.decisionHour, timing.usConsentHour ?? -1, timing.hostMobilisationHour];
  for (const d of CHECK_DAYS) marks.push(incursion + d * 24);
  for (const m of marks) if (m > from && m < stop) stop = m;
  return stop;
}

/** Advances the run to `to`, the response bots ordering what the timing allows at every stop. */
export function advanceSim(setup: RunSetup, sim: Sim, timing: ResponseTiming, to: number): Sim {
  let { state } = sim;
  const arrival = { ...sim.arrival };
  const held = { ...sim.held };
  const incursion = incursionOf(setup);
  const targets = setup.forces.objectives.redArrivalTargets;
  while (state.hour < to) {
    const authority = authorityAt(setup.plan, timing, state.hour);
    state = respond(state, {
      authority,
      decided: state.hour >= timing.decisionHour,
      hostMobilised: state.hour >= timing.hostMobilisationHour,
      destinations: setup.destinations,
    });
    const stop = nextStop(setup, timing, state.hour, to);
    // Measures are read only from the state handed back, so only the last advance records them.
    const next = advanceWithState(state, stop, authority, { measures: stop >= to });
    for (const e of next.events) {
      if (e.type !== 'unitReachedPlace' || arrival[e.placeId] !== undefined) continue;
      if (targets.includes(e.placeId) && state.units[e.unitId]?.side === 'red') arrival[e.placeId] = e.atHour;
    }
    state = next.state;
    const day = CHECK_DAYS.findIndex((d) => incursion + d * 24 === state.hour);
    if (day >= 0)
      for (const c of setup.forces.objectives.capitals)
        held[c] = [...(held[c] ?? []), state.control[c] === 'blue'];
  }
  return { state, arrival, held };
}

function lost(state: ForcesState, side: 'blue' | 'red'): number {
  let sum = 0;
  for (const def of state.scenario.units) {
    const u = state.units[def.id];
    if (u && u.side === side) sum += (u.battalions * (def.strength - u.strength)) / 100;
  }
  return Math.round(sum * 100) / 100;
}

export function outcomeOf(setup: RunSetup, sim: Sim): RunOutcome {
  const start = sim.state.incursionAt ?? incursionOf(setup);
  const arrival: Record<string, number | null> = {};
  for (const t of setup.forces.objectives.redArrivalTargets) {
    const h = sim.arrival[t];
    arrival[t] = h === undefined ? null : h - start;
  }
  return {
    held: sim.held,
    arrival,
    groundHeld: sim.state.measures.groundHeld,
    losses: { nato: lost(sim.state, 'blue'), red: lost(sim.state, 'red') },
  };
}

/** A whole run: decide at the timing's hour, play to the end. */
export function runPlan(setup: RunSetup, timing: ResponseTiming, seed: number): RunOutcome {
  return outcomeOf(setup, advanceSim(setup, startSim(setup, seed), timing, endOf(setup)));
}
