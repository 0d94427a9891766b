// Applies one forces event to the state: pure, total and dice-free (dice arrive inside events).
import { rungIndex } from './escalation';
import { carryOccupancy } from './occupancy';
import { isReport, REPORT_HOURS, type ForcesEvent, type ForcesEventOf } from './events';
import type { DayUse, ForcesState, MoveOrder, UnitState } from './state';

type Units = ForcesState['units'];

function withUnit(units: Units, id: string, f: (u: UnitState) => UnitState): Units {
  const u = units[id];
  if (!u) return units;
  const after = f(u);
  const next = { ...units, [id]: after };
  carryOccupancy(units, next, u, after);
  return next;
}

/** Each loss's unit at its strength after the round: one copy of the units for the whole round. */
function withStrengths(units: Units, losses: readonly { unitId: string; after: number }[]): Units {
  let next: Record<string, UnitState> | null = null;
  for (const loss of losses) {
    const u: UnitState | undefined = (next ?? units)[loss.unitId];
    if (!u) continue;
    const after: UnitState = { ...u, strength: loss.after };
    if (next) next[loss.unitId] = after;
    else {
      next = { ...units, [loss.unitId]: after };
      // Losses move no one.
      carryOccupancy(units, next, u, after);
    }
  }
  return next ?? units;
}

const addUse = (use: DayUse | undefined, day: number, n: number): DayUse =>
  use && use.day === day ? { day, used: use.used + n } : { day, used: n };

export function evolveForces(state: ForcesState, event: ForcesEvent): ForcesState {
  const changes = apply(state, event);
  const kept = changes.reports ?? state.reports;
  const reports = isReport(event) ? [...kept, event] : kept;
  // One copy of the state per event: `apply` hands back only the fields the event changes.
  return { ...state, ...changes, reports, seq: state.seq + 1 };
}

type Changes = Partial<ForcesState>;

function apply(s: ForcesState, e: ForcesEvent): Changes {
  switch (e.type) {
    case 'unitAlerted':
      return {
        units: withUnit(s.units, e.unitId, (u) => ({
          ...u,
          readiness: u.readiness === 'garrison' ? 'alerted' : u.readiness,
          alertedAt: e.atHour,
        })),
      };
    case 'unitAssignedToNato':
      return { units: withUnit(s.units, e.unitId, (u) => ({ ...u, authority: 'nato' })) };
    case 'movementOrdered':
      return {
        units: withUnit(s.units, e.unitId, (u) => ({
          ...u,
          readiness: u.readiness === 'garrison' ? 'alerted' : u.readiness,
          alertedAt: u.alertedAt ?? e.atHour,
          order: {
            purpose: e.purpose,
            destination: e.destination,
            legs: e.legs,
            by: e.by,
            orderedAt: e.atHour,
            ...permitOf(u, e.permitRequired, e.atHour),
          },
        })),
      };
    case 'unitHalted':
      return { units: withUnit(s.units, e.unitId, (u) => halt(u)) };
    case 'routeInterdicted':
      return { interdicted: { ...s.interdicted, [e.legId]: e.untilHour } };
    case 'nuclearSignalSent':
      return {
        escalation: e.rungAfter,
        signals: [...s.signals, { side: e.side, signal: e.signal, atHour: e.atHour }],
      };
    case 'escalationChanged':
      return { escalation: e.rung };
    case 'redControlChanged':
      return { redControl: e.mode };
    case 'usConsentChanged':
      return { usConsent: e.granted };
    case 'incursionBegan':
      return { incursionAt: s.incursionAt ?? e.atHour };
    case 'readinessRolled':
      return {
        rng: e.dice.rngAfter,
        units: withUnit(s.units, e.unitId, (u) => ({ ...u, readyAt: e.readyAt })),
      };
    case 'permitRolled':
      return {
        rng: e.dice.rngAfter,
        units: withUnit(s.units, e.unitId, (u) =>
          u.order
            ? {
                ...u,
                permitAt: e.grantedAt,
                order: {
                  ...u.order,
                  permit: 'rolled',
                  waitUntil: Math.max(u.order.waitUntil, e.grantedAt),
                  waitReason: 'permit',
                },
              }
            : u,
        ),
      };
    case 'permitGranted':
      return {
        units: withUnit(s.units, e.unitId, (u) =>
          u.order
            ? {
                ...u,
                permitAt: Math.min(u.permitAt ?? e.atHour, e.atHour),
                order: { ...u.order, permit: 'granted', waitUntil: e.atHour, waitReason: null },
              }
            : u,
        ),
      };
    case 'unitDeparted':
      return departed(s, e);
    case 'unitReachedPlace':
      return reached(s, e);
    case 'unitWaiting':
      return {
        units: withUnit(s.units, e.unitId, (u) => ({
          ...u,
          drawn: u.drawn || e.reason === 'equipmentDraw',
          order: u.order ? { ...u.order, waitUntil: e.untilHour, waitReason: e.reason } : u.order,
        })),
      };
    case 'unitArrived': {
      const reception = e.reception
        ? {
            ...s.reception,
            [e.reception.placeId]: addUse(
              s.reception[e.reception.placeId],
              Math.floor(e.atHour / 24),
              e.reception.used,
            ),
          }
        : s.reception;
      return {
        reception,
        units: withUnit(s.units, e.unitId, (u) => ({
          ...u,
          order: null,
          readiness: e.readiness,
          inPlaceSince: e.atHour,
        })),
      };
    }
    case 'combatResolved': {
      const units = withStrengths(s.units, e.losses);
      const up = rungIndex(s.escalation) < rungIndex('largeConventionalWar');
      return { units, rng: e.dice.rngAfter, escalation: up ? 'largeConventionalWar' : s.escalation };
    }
    case 'unitDestroyed':
      return {
        units: withUnit(s.units, e.unitId, (u) => ({
          ...u,
          strength: 0,
          readiness: 'destroyed',
          order: null,
          location: { kind: 'at', placeId: e.placeId },
        })),
      };
    case 'placeCaptured': {
      const fallen =
        e.side === 'red' &&
        s.scenario.objectives.capitals.includes(e.placeId) &&
        s.capitalsFallen[e.placeId] === undefined;
      return {
        control: { ...s.control, [e.placeId]: e.side },
        capitalsFallen: fallen ? { ...s.capitalsFallen, [e.placeId]: e.atHour } : s.capitalsFallen,
      };
    }
    case 'measuresRecorded':
      return { measures: e.measures };
    case 'clockAdvanced': {
      const hour = Math.max(s.hour, e.toHour);
      const reports = s.reports.filter((r) => r.atHour > hour - REPORT_HOURS);
      return { hour, reports };
    }
  }
}

/**
 * A new order's permit: none needed; the grant already rolled for this unit (waiting for it if it
 * lies ahead); or, the first time, one to seek.
 */
function permitOf(
  u: UnitState,
  required: boolean,
  atHour: number,
): Pick<MoveOrder, 'waitUntil' | 'waitReason' | 'permit'> {
  const at = u.permitAt ?? null;
  if (!required) return { waitUntil: atHour, waitReason: null, permit: 'notNeeded' };
  if (at === null) return { waitUntil: atHour, waitReason: null, permit: 'pending' };
  if (at <= atHour) return { waitUntil: atHour, waitReason: null, permit: 'granted' };
  return { waitUntil: at, waitReason: 'permit', permit: 'rolled' };
}

/** A halted unit finishes the leg it is on and stops at its end, ready to move again. */
function halt(u: UnitState): UnitState {
  if (u.location.kind === 'leg' && u.order) {
    return { ...u, order: { ...u.order, legs: [], destination: u.location.to } };
  }
  return { ...u, order: null, readiness: u.readiness === 'moving' ? 'staged' : u.readiness };
}

function departed(s: ForcesState, e: ForcesEventOf<'unitDeparted'>): Changes {
  const legUse =
    e.capacityUsed > 0
      ? { ...s.legUse, [e.legId]: addUse(s.legUse[e.legId], Math.floor(e.atHour / 24), e.capacityUsed) }
      : s.legUse;
  return {
    legUse,
    rng: e.dice ? e.dice.rngAfter : s.rng,
    units: withUnit(s.units, e.unitId, (u) => ({
      ...u,
      readiness: 'moving',
      inPlaceSince: null,
      location: {
        kind: 'leg',
        legId: e.legId,
        from: e.from,
        to: e.to,
        departedAt: e.atHour,
        arrivesAt: e.arrivesAt,
      },
      order: u.order ? { ...u.order, legs: u.order.legs.slice(1), waitReason: null } : null,
    })),
  };
}

function reached(s: ForcesState, e: ForcesEventOf<'unitReachedPlace'>): Changes {
  const unit = s.units[e.unitId];
  const from = unit?.location.kind === 'leg' ? unit.location.from : null;
  const first =
    s.firstRedArrival === null &&
    unit?.side === 'red' &&
    s.scenario.objectives.redArrivalTargets.includes(e.placeId)
      ? { placeId: e.placeId, hour: e.atHour }
      : s.firstRedArrival;
  return {
    firstRedArrival: first,
    units: withUnit(s.units, e.unitId, (u) => ({
      ...u,
      location: { kind: 'at', placeId: e.placeId },
      cameFrom: from,
      order: u.order ? { ...u.order, waitUntil: e.atHour, waitReason: null } : null,
    })),
  };
}
