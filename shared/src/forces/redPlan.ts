// Red's scripted plan: the hybrid phase's escalation steps, then the incursion axes and interdictions.
import { rungIndex } from './escalation';
import { networkOf } from './network';
import { findRoute } from './routing';
import type { RedAxis } from './schema';
import type { Step } from './step';
import type { ForcesState } from './state';

export function redPlanStep(step: Step, h: number): void {
  const s = step.state;
  if (s.redControl !== 'scripted') return;
  const plan = s.scenario.redPlan;
  for (const e of plan.escalation) {
    // The script only climbs: a fight already under way keeps the ladder where combat put it.
    if (e.atHour === h && rungIndex(step.state.escalation) < rungIndex(e.rung)) {
      step.emit({ type: 'escalationChanged', rung: e.rung, atHour: h, reason: e.note });
    }
  }
  if (h === plan.incursionHour && step.state.incursionAt === null) {
    step.emit({ type: 'incursionBegan', atHour: h, by: 'redPlan' });
  }
  for (const axis of plan.axes) {
    if (plan.incursionHour + axis.startOffsetHours === h) launchAxis(step, axis, h);
  }
  for (const x of plan.interdictions) {
    if (plan.incursionHour + x.atOffsetHours !== h) continue;
    for (const legId of x.legs) {
      step.emit({
        type: 'routeInterdicted',
        legId,
        atHour: h,
        untilHour: h + x.durationHours,
        by: 'redPlan',
      });
    }
  }
}

/** Legs along an axis's path, preferring road between each pair of places. */
export function axisLegs(state: ForcesState, path: readonly string[]): string[] {
  const net = networkOf(state.scenario);
  const legs: string[] = [];
  for (let i = 1; i < path.length; i++) {
    const options = (net.neighbours.get(path[i - 1]!) ?? []).filter((n) => n.place === path[i]);
    const pick = options.find((n) => n.leg.mode === 'road') ?? options.find((n) => n.leg.mode === 'rail');
    if (!pick) return [];
    legs.push(pick.leg.id);
  }
  return legs;
}

function launchAxis(step: Step, axis: RedAxis, h: number): void {
  const objectiveIndex = axis.path.indexOf(axis.objective);
  const path = axis.path.slice(0, objectiveIndex + 1);
  for (const unitId of axis.units) {
    const u = step.state.units[unitId];
    if (!u || u.readiness === 'destroyed' || u.location.kind !== 'at') continue;
    const at = u.location.placeId;
    const fromIndex = path.indexOf(at);
    const legs =
      fromIndex >= 0
        ? axisLegs(step.state, path.slice(fromIndex))
        : (findRoute(step.state, u, at, axis.objective, { enterHostile: true })?.legs ?? []);
    if (!legs.length) continue;
    step.emit({
      type: 'movementOrdered',
      unitId,
      atHour: h,
      by: 'redPlan',
      purpose: 'attack',
      destination: axis.objective,
      legs,
      permitRequired: false,
    });
  }
}
