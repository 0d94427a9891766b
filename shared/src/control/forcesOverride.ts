// Overrides of the forces model's results (ADR 0009): a unit's strength after a battle, and which
// side holds a place. Checked here, then applied to the forces state by the `resultOverridden`
// event alone, so a replayed log gives the same map.
import { own } from '../model/lookup';
import type { ForcesState, UnitLocation, UnitState } from '../forces/state';
import { reject, type Rejection } from '../protocol/errors';
import type { OverrideTarget } from './commands';
import { inEnglish } from '../scenario/text';

export type ForcesOverrideTarget = Extract<OverrideTarget, { kind: 'unitStrength' | 'placeControl' }>;

export const isForcesOverride = (target: OverrideTarget): target is ForcesOverrideTarget =>
  target.kind === 'unitStrength' || target.kind === 'placeControl';

/** What the override replaces (a strength, or the side that held the place), or why it is refused. */
export function forcesOverridePrevious(
  forces: ForcesState | null,
  target: ForcesOverrideTarget,
): { previous: number | string } | Rejection {
  if (!forces) return reject('NO_FORCES', 'This exercise has no forces on the map.');
  if (target.kind === 'placeControl') {
    if (!forces.scenario.places.some((p) => p.id === target.placeId)) {
      return reject('NO_SUCH_PLACE', `There is no place "${target.placeId}" on the map.`, {
        reason: 'unknown',
        placeId: target.placeId,
      });
    }
    const held = heldBy(forces, target.placeId);
    if (held === target.side) {
      return reject('ALREADY_DONE', `${target.side === 'blue' ? 'Blue' : 'Red'} already holds that place.`, {
        reason: 'placeHeld',
        side: target.side,
      });
    }
    return { previous: held };
  }
  const unit = own(forces.units, target.unitId);
  if (!unit)
    return reject('NO_SUCH_UNIT', `There is no unit "${target.unitId}" on the map.`, {
      reason: 'unknown',
      unitId: target.unitId,
    });
  const threshold = forces.scenario.rules.destroyedBelow;
  if (unit.readiness === 'destroyed' && target.strength < threshold) {
    return reject(
      'ALREADY_DONE',
      `${inEnglish(unit.name)} is already destroyed; to bring it back give it a strength of at least ${threshold}.`,
      { reason: 'destroyedBelow', unit: unit.name, threshold },
    );
  }
  if (unit.strength === target.strength) {
    return reject('ALREADY_DONE', `${inEnglish(unit.name)} already stands at ${target.strength} %.`, {
      reason: 'strength',
      unit: unit.name,
      strength: target.strength,
    });
  }
  return { previous: unit.strength };
}

/** The side holding a place: the capture record, else Blue, as the combat rules read it. */
const heldBy = (forces: ForcesState, placeId: string) => own(forces.control, placeId) ?? 'blue';

/** Applies an accepted forces override; pure, and keeps the forces invariants. */
export function applyForcesOverride(forces: ForcesState, target: ForcesOverrideTarget): ForcesState {
  if (target.kind === 'placeControl') return withPlaceControl(forces, target.placeId, target.side);
  const unit = own(forces.units, target.unitId);
  if (!unit) return forces;
  return { ...forces, units: { ...forces.units, [unit.id]: withStrength(forces, unit, target.strength) } };
}

/**
 * Below the scenario's destruction threshold a unit is destroyed, as after combat, where it stands
 * (a unit on a leg at the place it left). A destroyed unit given a strength at or above it comes
 * back where it was destroyed, staged and without orders, ready for new ones.
 */
function withStrength(forces: ForcesState, unit: UnitState, strength: number): UnitState {
  if (strength < forces.scenario.rules.destroyedBelow) {
    return {
      ...unit,
      strength: 0,
      readiness: 'destroyed',
      order: null,
      inPlaceSince: null,
      location: { kind: 'at', placeId: placeOf(unit.location) },
    };
  }
  if (unit.readiness === 'destroyed') {
    return { ...unit, strength, readiness: 'staged', order: null, inPlaceSince: null };
  }
  return { ...unit, strength };
}

const placeOf = (location: UnitLocation): string =>
  location.kind === 'at' ? location.placeId : location.from;

/**
 * A capital given back to Blue no longer counts as fallen; one handed to Red falls at the current
 * hour, as a capture would have it.
 */
function withPlaceControl(forces: ForcesState, placeId: string, side: ForcesState['control'][string]) {
  const capital = forces.scenario.objectives.capitals.includes(placeId);
  const { [placeId]: _fallenAt, ...standing } = forces.capitalsFallen;
  const capitalsFallen = !capital
    ? forces.capitalsFallen
    : side === 'blue'
      ? standing
      : { ...forces.capitalsFallen, [placeId]: own(forces.capitalsFallen, placeId) ?? forces.hour };
  return { ...forces, control: { ...forces.control, [placeId]: side }, capitalsFallen };
}
