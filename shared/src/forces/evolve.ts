// Applies one forces event to the state: pure, total and dice-free (dice arrive inside events).
import { rungIndex } from './escalation';
import { isReport, REPORT_HOURS, type ForcesEvent, type ForcesEventOf } from './events';
import type { DayUse, ForcesState, MoveOrder, UnitState } from './state';

type Units = ForcesState['units'];

const withUnit = (units: Units, id: string, f: (u: UnitState) => UnitState): Units => {
  const u = units[id];
  return u ? { ...units, [id]: f(u) } : units;
};

const addUse = (use: DayUse | undefined, day: number, n: number): DayUse =>
  use && use.day === day ? { day, used: use.used + n } : { day, used: n };

export function evolveForces(state: ForcesState, event: ForcesEvent): ForcesState {
  const next = apply(state, event);
  const reports = isReport(event) ? [...next.reports, event] : next.reports;
  return { ...next, reports, seq: state.seq + 1 };
}

function apply(s: ForcesState, e: ForcesEvent): ForcesState {
  switch (e.type) {
    case 'unitAlerted':
      return {
        ...s,
        units: withUnit(s.units, e.unitId, (u) => ({
          ...u,
          readiness: u.readiness === 'garrison' ? 'alerted' : u.readiness,
          alertedAt: e.atHour,
        })),
      };
    case 'unitAssignedToNato':
      return { ...s, units: withUnit(s.units, e.unitId, (u) => ({ ...u, authority: 'nato' })) };
    case 'movementOrdered':
      return {
        ...s,
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
      return { ...s, units: withUnit(s.units, e.unitId, (u) => halt(u)) };
    case 'routeInterdicted':
      return { ...s, interdicted: { ...s.interdicted, [e.legId]: e.untilHour } };
    case 'nuclearSignalSent':
      return {
        ...s,
        escalation: e.rungAfter,
        signals: [...s.signals, { side: e.side, signal: e.signal, atHour: e.atHour }],
      };
    case 'escalationChanged':
      return { ...s, escalation: e.rung };
    case 'redControlChanged':
      return { ...s, redControl: e.mode };
    case 'usConsentChanged':
      return { ...s, usConsent: e.granted };
    case 'incursionBegan':
      return { ...s, incursionAt: s.incursionAt ?? e.atHour };
    case 'readinessRolled':
      return {
        ...s,
        rng: e.dice.rngAfter,
        units: withUnit(s.units, e.unitId, (u) => ({ ...u, readyAt: e.readyAt })),
      };
    case 'permitRolled':
      return {
        ...s,
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
        ...s,
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
        ...s,
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
        ...s,
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
      let units = s.units;
      for (const loss of e.losses)
        units = withUnit(units, loss.unitId, (u) => ({ ...u, strength: loss.after }));
      const up = rungIndex(s.escalation) < rungIndex('largeConventionalWar');
      return { ...s, units, rng: e.dice.rngAfter, escalation: up ? 'largeConventionalWar' : s.escalation };
    }
    case 'unitDestroyed':
      return {
        ...s,
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
        ...s,
        control: { ...s.control, [e.placeId]: e.side },
        capitalsFallen: fallen ? { ...s.capitalsFallen, [e.placeId]: e.atHour } : s.capitalsFallen,
      };
    }
    case 'measuresRecorded':
      return { ...s, measures: e.measures };
    case 'clockAdvanced': {
      const hour = Math.max(s.hour, e.toHour);
      const reports = s.reports.filter((r) => r.atHour > hour - REPORT_HOURS);
      return { ...s, hour, reports };
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

function departed(s: ForcesState, e: ForcesEventOf<'unitDeparted'>): ForcesState {
  const legUse =
    e.capacityUsed > 0
      ? { ...s.legUse, [e.legId]: addUse(s.legUse[e.legId], Math.floor(e.atHour / 24), e.capacityUsed) }
      : s.legUse;
  return {
    ...s,
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

function reached(s: ForcesState, e: ForcesEventOf<'unitReachedPlace'>): ForcesState {
  const unit = s.units[e.unitId];
  const from = unit?.location.kind === 'leg' ? unit.location.from : null;
  const first =
    s.firstRedArrival === null &&
    unit?.side === 'red' &&
    s.scenario.objectives.redArrivalTargets.includes(e.placeId)
      ? { placeId: e.placeId, hour: e.atHour }
      : s.firstRedArrival;
  return {
    ...s,
    firstRedArrival: first,
    units: withUnit(s.units, e.unitId, (u) => ({
      ...u,
      location: { kind: 'at', placeId: e.placeId },
      cameFrom: from,
      order: u.order ? { ...u.order, waitUntil: e.atHour, waitReason: null } : null,
    })),
  };
}
