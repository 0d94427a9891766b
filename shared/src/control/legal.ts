// The console's commands Control could send now, for the UI, bots and the fuzz and property tests.
import type { Command } from '../engine/commands';
import type { ExerciseState } from '../engine/state';
import { consoleAtStart } from './state';
import { isPlayable } from './guards';
import { blockersOf, isLive } from '../council/consensus';

export function consoleCandidates(state: ExerciseState): Command[] {
  const seats = state.scenario.seats.filter((s) => s.kind !== 'control');
  const [first] = seats;
  const held = seats.find((s) => state.seats[s.id]);
  const other = seats.find((s) => s.id !== held?.id);
  const list: Command[] = [
    { type: 'repeatPhase' },
    { type: 'broadcast', text: 'Control: ten minutes to the end of the phase.' },
    { type: 'injectAdHoc', title: 'Flash report', body: 'Unconfirmed reports of jamming.', audience: 'all' },
    {
      type: 'overrideResult',
      target: { kind: 'measure', measure: 'cohesion', value: state.measures.cohesion >= 50 ? 40 : 60 },
      rationale: 'Control judges the allies more divided than the model has it.',
    },
    { type: 'issueAssistantKey', name: 'Assistant' },
  ];
  if (first) {
    list.push({
      type: 'injectAdHoc',
      title: 'Private cable',
      body: 'For your eyes only.',
      audience: [first.id],
      measureEffects: [{ measure: 'deterrenceCredibility', delta: -5 }],
    });
  }
  if (held && other) list.push({ type: 'swapSeats', a: held.id, b: other.id });
  for (const seat of seats) {
    const holder = state.seats[seat.id];
    if (!holder) list.push({ type: 'assignSeat', seatId: seat.id, displayName: 'Assigned player' });
    if (!holder && isPlayable(seat.kind)) list.push({ type: 'handSeatToBot', seatId: seat.id });
    if (holder?.bot) list.push({ type: 'takeSeatFromBot', seatId: seat.id });
  }
  for (const draftId of state.council.draftOrder) {
    // The first ally, and every ally that blocks the draft: what Control overrides to end a deadlock.
    const draft = state.council.drafts[draftId];
    const blocking = draft && isLive(draft) ? blockersOf(state, draft) : [];
    for (const allyId of new Set([...state.council.allyOrder.slice(0, 1), ...blocking])) {
      list.push({
        type: 'overrideResult',
        target: { kind: 'position', draftId, allyId, position: 'support' },
        rationale: 'Control rules the capital would not hold out against its allies.',
      });
    }
  }
  list.push(...forcesOverrideCandidates(state));
  for (const [keyId, key] of Object.entries((state.console ?? consoleAtStart()).assistants)) {
    if (!key.revoked) list.push({ type: 'revokeAssistantKey', keyId });
  }
  return list;
}

/** A battle's losses set aside, a destroyed unit brought back, a captured place given back. */
function forcesOverrideCandidates(state: ExerciseState): Command[] {
  const forces = state.forces;
  if (!forces) return [];
  const units = Object.values(forces.units);
  const live = units.find((u) => u.readiness !== 'destroyed');
  const destroyed = units.find((u) => u.readiness === 'destroyed');
  const [place] = forces.scenario.places;
  const list: Command[] = [];
  if (live) {
    list.push({
      type: 'overrideResult',
      target: { kind: 'unitStrength', unitId: live.id, strength: live.strength >= 60 ? 50 : 80 },
      rationale: 'Control rules the unit took different losses than the table gave.',
    });
  }
  if (destroyed) {
    list.push({
      type: 'overrideResult',
      target: { kind: 'unitStrength', unitId: destroyed.id, strength: 40 },
      rationale: 'Control rules the unit survived the battle, badly mauled.',
    });
  }
  if (place) {
    list.push({
      type: 'overrideResult',
      target: {
        kind: 'placeControl',
        placeId: place.id,
        side: forces.control[place.id] === 'red' ? 'blue' : 'red',
      },
      rationale: 'Control rules the place changed hands otherwise than the model had it.',
    });
  }
  return list;
}
