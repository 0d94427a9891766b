// The console's commands Control could send now, for the UI, bots and the fuzz and property tests.
import type { Command } from '../engine/commands';
import type { ExerciseState } from '../engine/state';
import { consoleAtStart } from './state';
import { isPlayable } from './guards';

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
    const allyId = state.council.allyOrder[0];
    if (allyId) {
      list.push({
        type: 'overrideResult',
        target: { kind: 'position', draftId, allyId, position: 'support' },
        rationale: 'Control rules the capital would not hold out against its allies.',
      });
    }
  }
  for (const [keyId, key] of Object.entries((state.console ?? consoleAtStart()).assistants)) {
    if (!key.revoked) list.push({ type: 'revokeAssistantKey', keyId });
  }
  return list;
}
