// A started Baltic exercise, in-process, for the in-process benchmarks (publishPath, roomMemory):
// every seat claimed, the exercise started, commands applied through decide and evolve as a room does.
import { readFileSync } from 'node:fs';
import {
  CommandSchema,
  decide,
  evolve,
  initialState,
  parseScenario,
  type Actor,
  type ExerciseState,
  type Scenario,
} from '../../shared/src/index';

export const NOW = '2026-11-24T00:00:00.000Z';
export const CONTROL: Actor = { seatId: null, isControl: true };

const text = readFileSync(new URL('../../scenarios/baltic-tripwire.json', import.meta.url), 'utf8');

/** The Baltic scenario, parsed afresh (a server's rooms share one copy: see sharedScenarios.ts). */
export function balticScenario(): Scenario {
  const parsed = parseScenario(JSON.parse(text));
  if (!parsed.ok) throw new Error('the Baltic scenario does not parse');
  return parsed.scenario;
}

export interface BenchExercise {
  readonly state: ExerciseState;
  /** The seats other than Control's, in the scenario's order. */
  readonly seats: readonly string[];
  apply(command: unknown, actor: Actor): void;
}

export function startedBaltic(scenario: Scenario, i = 1): BenchExercise {
  let state = initialState({
    type: 'exerciseCreated',
    exerciseId: `bench-${i}`,
    code: `BENCH${i}`,
    title: 'bench',
    createdAt: NOW,
    scenario,
    seed: i,
  });
  const apply = (cmd: unknown, actor: Actor) => {
    const decision = decide(state, CommandSchema.parse(cmd), { actor, now: NOW, newSeatTokenHash: 'h' });
    if (!decision.ok) throw new Error(decision.error.message);
    for (const e of decision.value) state = evolve(state, e);
  };
  const seats = scenario.seats.filter((s) => s.kind !== 'control').map((s) => s.id);
  for (const seatId of seats)
    apply({ type: 'claimSeat', seatId, displayName: seatId }, { seatId: null, isControl: false });
  apply({ type: 'startExercise' }, CONTROL);
  return {
    get state() {
      return state;
    },
    seats,
    apply,
  };
}
