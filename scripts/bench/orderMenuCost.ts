// In-process cost of one `orders` request (ADR 0014): the order menu built afresh for a viewer of the
// Baltic exercise in the decision phase, and its size as JSON (figures, not assertions).
// Usage: node --import tsx scripts/bench/orderMenuCost.ts [builds]
import { readFileSync } from 'node:fs';
import {
  CommandSchema,
  decide,
  evolve,
  initialState,
  orderMenuFor,
  parseScenario,
  type Actor,
  type ExerciseState,
} from '../../shared/src/index';

const text = readFileSync(new URL('../../scenarios/baltic-tripwire.json', import.meta.url), 'utf8');
const parsed = parseScenario(JSON.parse(text));
if (!parsed.ok) throw new Error('the Baltic scenario does not parse');
const now = '2026-11-24T00:00:00.000Z';
const control: Actor = { seatId: null, isControl: true };
let state: ExerciseState = initialState({
  type: 'exerciseCreated',
  exerciseId: 'bench',
  code: 'BENCH1',
  title: 'bench',
  createdAt: now,
  scenario: parsed.scenario,
  seed: 1,
});
const apply = (cmd: unknown, actor: Actor) => {
  const decision = decide(state, CommandSchema.parse(cmd), { actor, now, newSeatTokenHash: 'h' });
  if (!decision.ok) throw new Error(decision.error.message);
  for (const e of decision.value) state = evolve(state, e);
};
for (const seat of parsed.scenario.seats.filter((s) => s.kind !== 'control'))
  apply({ type: 'claimSeat', seatId: seat.id, displayName: seat.id }, { seatId: null, isControl: false });
apply({ type: 'startExercise' }, control);
for (let i = 0; i < 10 && state.session.phase !== 'decision'; i++) apply({ type: 'advancePhase' }, control);

const builds = Number(process.argv[2] ?? 1000);
const viewers: [string, Actor][] = [
  ['control', control],
  ['saceur', { seatId: 'saceur', isControl: false }],
  ['red', { seatId: 'red', isControl: false }],
  ['usa', { seatId: 'usa', isControl: false }],
  ['est', { seatId: 'est', isControl: false }],
];
for (const [label, actor] of viewers) {
  for (let i = 0; i < 20; i++) orderMenuFor(state, actor); // warm up
  const t0 = performance.now();
  for (let i = 0; i < builds; i++) orderMenuFor(state, actor);
  const ms = (performance.now() - t0) / builds;
  const menu = orderMenuFor(state, actor);
  console.log(
    JSON.stringify({
      viewer: label,
      builds,
      msPerMenu: Number(ms.toFixed(3)),
      units: menu?.units.length ?? 0,
      jsonBytes: JSON.stringify(menu).length,
    }),
  );
}
