// Builds the forces state of a variant at hour 0 from the scenario's forces section and a seed.
import { seedRng } from '../rng/sfc32';
import type { ForcesScenario, UnitDef } from './schema';
import type { ForcesState, Measures, UnitState } from './state';
import type { Side, Variant } from './vocabulary';

export function unitFromDef(def: UnitDef): UnitState {
  return {
    id: def.id,
    name: def.name,
    type: def.type,
    sidc: def.sidc,
    side: def.side,
    owner: def.owner,
    authority: def.authority,
    group: def.group,
    battalions: def.battalions,
    strength: def.strength,
    readiness: def.readiness,
    location: { kind: 'at', placeId: def.location },
    order: null,
    alertedAt: def.readiness === 'garrison' ? null : 0,
    readyAt: def.readiness === 'garrison' ? null : 0,
    // Forces in place at the start have had time to prepare their positions.
    inPlaceSince: def.readiness === 'inPlace' ? -10_000 : null,
    cameFrom: null,
    stagingPlace: def.stagingPlace ?? null,
    prepositionedAt: def.prepositionedAt ?? null,
    drawn: false,
    permitAt: null,
  };
}

export function initialForces(scenario: ForcesScenario, variant: Variant, seed: number): ForcesState {
  const units: Record<string, UnitState> = {};
  for (const def of scenario.units) if (def.variants.includes(variant)) units[def.id] = unitFromDef(def);
  const red = new Set(scenario.objectives.redCountries);
  const control: Record<string, Side> = {};
  for (const p of scenario.places) control[p.id] = red.has(p.country) ? 'red' : 'blue';
  const measures: Measures = {
    atHour: 0,
    cohesion: scenario.measures.cohesion,
    deterrenceCredibility: scenario.measures.deterrenceCredibility,
    escalation: 'peacetime',
    publicSupport: { ...scenario.measures.publicSupport },
    groundHeld: 1,
  };
  return {
    scenario,
    variant,
    seed,
    hour: 0,
    rng: seedRng(seed),
    units,
    control,
    legUse: {},
    reception: {},
    interdicted: {},
    redControl: 'scripted',
    incursionAt: null,
    escalation: 'peacetime',
    signals: [],
    measures,
    firstRedArrival: null,
    capitalsFallen: {},
    usConsent: false,
    reports: [],
    seq: 0,
  };
}
