// A scripted Baltic exercise played through the pure engine: the source of the golden replay log.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  decide,
  evolve,
  initialState,
  parseScenario,
  type Actor,
  type Command,
  type ExerciseCreated,
  type ExerciseState,
  type GameEvent,
} from '@council/shared';

export interface GoldenStep {
  readonly actor: Actor;
  readonly now: string;
  readonly command: Command;
  /** 'ok', or the rejection code: refusals are part of what must not change. */
  readonly outcome: string;
}

export interface GoldenLog {
  readonly created: ExerciseCreated;
  readonly steps: GoldenStep[];
  readonly events: GameEvent[];
}

const control: Actor = { seatId: null, isControl: true };
const seat = (seatId: string): Actor => ({ seatId, isControl: false });

export function loadBaltic() {
  const file = resolve(import.meta.dirname, '../../scenarios/baltic-tripwire.json');
  const parsed = parseScenario(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return parsed.scenario;
}

/** Plays the script; `decideStep` lets the caller check each step against a recorded one. */
export function playScript(created: ExerciseCreated): { log: GoldenLog; state: ExerciseState } {
  let state = initialState(created);
  const events: GameEvent[] = [created];
  const steps: GoldenStep[] = [];
  let minute = 0;
  const run = (actor: Actor, command: Command) => {
    minute += 1;
    const now = new Date(Date.parse('2026-11-23T09:00:00Z') + minute * 60_000).toISOString();
    const result = decide(state, command, { actor, now, newSeatTokenHash: `token-${minute}` });
    steps.push({ actor, now, command, outcome: result.ok ? 'ok' : result.error.code });
    if (!result.ok) return;
    events.push(...result.value);
    state = result.value.reduce(evolve, state);
  };

  for (const id of ['secgen', 'saceur', 'hun', 'tur', 'est']) {
    run(seat(id), { type: 'claimSeat', seatId: id, displayName: id.toUpperCase() });
  }
  run(control, { type: 'startExercise' });
  run(control, { type: 'setTurnStep', hours: 24 });
  run(control, { type: 'advancePhase' });
  run(seat('secgen'), { type: 'tableDraft', itemIds: ['deploy-vjtf', 'waive-movement-permits'] });
  run(seat('hun'), {
    type: 'takePosition',
    draftId: 'd1',
    position: 'object',
    text: 'Not without a package.',
  });
  run(seat('est'), {
    type: 'postMessage',
    channelId: 'nac',
    template: 'demarche',
    body: 'Every hour counts.',
  });
  run(seat('secgen'), {
    type: 'amendDraft',
    draftId: 'd1',
    text: 'The Council authorises the VJTF to deploy to the Baltic states, for deterrence, under review in 30 days.',
  });
  run(control, { type: 'advancePhase' }); // decision: orders open, but no authority yet
  run(seat('saceur'), { type: 'deployUnit', unitId: 'vjtf-lead', destination: 'tallinn' }); // refused
  for (let i = 0; i < 60 && !state.council.agenda['deploy-vjtf']?.adoptedAt; i++) {
    run(seat('hun'), { type: 'takePosition', draftId: 'd2', position: 'support' });
    run(control, { type: 'advancePhase' });
  }
  while (state.session.phase !== 'decision') run(control, { type: 'advancePhase' });
  run(seat('saceur'), { type: 'alertUnit', unitId: 'vjtf-main-1' });
  run(seat('saceur'), { type: 'deployUnit', unitId: 'vjtf-lead', destination: 'tallinn' });
  for (let i = 0; i < 24; i++) run(control, { type: 'advancePhase' });
  return { log: { created, steps, events }, state };
}
