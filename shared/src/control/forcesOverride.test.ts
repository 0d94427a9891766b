// Control overrides the forces model's results: a unit's strength, and which side holds a place.
import { describe, expect, it } from 'vitest';
import { invariantViolations } from '../forces/invariants';
import { decide } from '../engine/decide';
import { evolve, initialState, replay } from '../engine/evolve';
import { created } from '../engine/fixtures';
import { forcesCreated } from '../engine/forces/fixtures';
import { run, runLogged, WALL_START } from '../engine/harness';
import { legalCommands } from '../engine/legal';
import { CommandSchema, type Command } from '../engine/commands';
import type { GameEvent } from '../engine/events';
import type { Actor, ExerciseState } from '../engine/state';
import { adjudicationsSheet } from '../review/tables';
import { viewFor } from '../visibility/view';
import type { OverrideTarget } from './commands';
import { overrideSubject, overridesOf } from './overrides';

const lead: Actor = { seatId: null, isControl: true };
const rationale = 'Control rules the battle went otherwise than the table has it.';
const override = (target: OverrideTarget): Command => ({ type: 'overrideResult', target, rationale });

const lobby = initialState(forcesCreated);
const startEvents = runLogged(lobby, 'control', { type: 'startExercise' }).events;
const started = startEvents.reduce(evolve, lobby);

/** Evolves ordinary forces events, as the combat rules would emit them. */
const after = (state: ExerciseState, ...events: GameEvent[]) => events.reduce(evolve, state);
const destroyedAtTapa = after(started, {
  type: 'unitDestroyed',
  unitId: 'gbr-efp-bg',
  atHour: 0,
  placeId: 'tapa',
  cause: 'combat at tapa',
});
const tallinnFallen = after(started, { type: 'placeCaptured', placeId: 'tallinn', side: 'red', atHour: 0 });

/** The refusal's code; the state must come out byte for byte as it went in. */
function refusal(state: ExerciseState, command: Command): string {
  const before = JSON.stringify(state);
  const result = decide(state, command, { actor: lead, now: WALL_START, newSeatTokenHash: '' });
  expect(JSON.stringify(state)).toBe(before);
  return result.ok ? 'accepted' : result.error.code;
}

function overridden(state: ExerciseState, target: OverrideTarget) {
  const { state: next, events } = runLogged(state, 'control', override(target));
  expect(next.forces && invariantViolations(next.forces)).toEqual([]);
  return { state: next, events };
}

describe("overriding a unit's strength", () => {
  it('sets the strength, records the one it replaced, and the review lists it with its rationale', () => {
    const { state, events } = overridden(started, {
      kind: 'unitStrength',
      unitId: 'est-1-bde',
      strength: 65,
    });
    expect(state.forces?.units['est-1-bde']).toMatchObject({ strength: 65, readiness: 'garrison' });
    expect(events).toEqual([expect.objectContaining({ type: 'resultOverridden', previous: 100, rationale })]);
    const log = [forcesCreated, ...startEvents, ...events];
    expect(replay(log)).toEqual(state);
    expect(overridesOf(log)).toEqual([
      expect.objectContaining({
        seq: log.length - 1,
        target: { kind: 'unitStrength', unitId: 'est-1-bde', strength: 65 },
        previous: 100,
        rationale,
      }),
    ]);
    expect(adjudicationsSheet(log).rows.at(-1)).toEqual([
      log.length - 1,
      'resultOverridden',
      expect.any(String),
      WALL_START,
      'Estonian 1st Infantry Brigade strength: 100 → 65',
      rationale,
      'Control',
    ]);
    const control = viewFor(state, lead, { connectedSeats: new Set(), controlConnections: 1 });
    expect(control.forces?.units.find((u) => u.id === 'est-1-bde')?.strength).toBe(65);
  });

  it('brings a destroyed unit back where it was destroyed, staged and without orders', () => {
    expect(destroyedAtTapa.forces?.units['gbr-efp-bg']?.readiness).toBe('destroyed');
    const { state, events } = overridden(destroyedAtTapa, {
      kind: 'unitStrength',
      unitId: 'gbr-efp-bg',
      strength: 40,
    });
    expect(events[0]).toMatchObject({ previous: 0 });
    expect(state.forces?.units['gbr-efp-bg']).toMatchObject({
      strength: 40,
      readiness: 'staged',
      order: null,
      location: { kind: 'at', placeId: 'tapa' },
    });
  });

  it('destroys a unit given a strength below the scenario’s threshold, as combat would', () => {
    const threshold = started.forces!.scenario.rules.destroyedBelow;
    const { state } = overridden(started, {
      kind: 'unitStrength',
      unitId: 'est-1-bde',
      strength: threshold - 1,
    });
    expect(state.forces?.units['est-1-bde']).toMatchObject({
      strength: 0,
      readiness: 'destroyed',
      location: { kind: 'at', placeId: 'tapa' },
    });
  });

  it('refuses an unknown unit, the strength it has, a destroyed unit kept below the threshold, bad input', () => {
    expect(refusal(started, override({ kind: 'unitStrength', unitId: 'nope', strength: 50 }))).toBe(
      'NO_SUCH_UNIT',
    );
    expect(refusal(started, override({ kind: 'unitStrength', unitId: 'est-1-bde', strength: 100 }))).toBe(
      'ALREADY_DONE',
    );
    expect(
      refusal(destroyedAtTapa, override({ kind: 'unitStrength', unitId: 'gbr-efp-bg', strength: 10 })),
    ).toBe('ALREADY_DONE');
    expect(refusal(lobby, override({ kind: 'unitStrength', unitId: 'est-1-bde', strength: 50 }))).toBe(
      'WRONG_PHASE',
    );
    for (const strength of [101, -1, 50.5]) {
      const target = { kind: 'unitStrength', unitId: 'est-1-bde', strength };
      expect(CommandSchema.safeParse({ type: 'overrideResult', target, rationale }).success).toBe(false);
    }
  });
});

describe('overriding who holds a place', () => {
  it('gives a fallen capital back to Blue, which no longer counts it as fallen', () => {
    expect(tallinnFallen.forces?.capitalsFallen).toEqual({ tallinn: 0 });
    const { state, events } = overridden(tallinnFallen, {
      kind: 'placeControl',
      placeId: 'tallinn',
      side: 'blue',
    });
    expect(events[0]).toMatchObject({ previous: 'red' });
    expect(state.forces?.control.tallinn).toBe('blue');
    expect(state.forces?.capitalsFallen).toEqual({});
  });

  it('hands a capital to Red, which then counts as fallen at the current hour', () => {
    const { state } = overridden(started, { kind: 'placeControl', placeId: 'riga', side: 'red' });
    expect(state.forces?.control.riga).toBe('red');
    expect(state.forces?.capitalsFallen).toEqual({ riga: started.forces!.hour });
  });

  it('refuses an unknown place and the side that already holds it', () => {
    expect(refusal(started, override({ kind: 'placeControl', placeId: 'atlantis', side: 'red' }))).toBe(
      'NO_SUCH_PLACE',
    );
    expect(refusal(started, override({ kind: 'placeControl', placeId: 'tallinn', side: 'blue' }))).toBe(
      'ALREADY_DONE',
    );
  });
});

describe('forces overrides without forces', () => {
  it('are refused with NO_FORCES when the scenario has no forces section', () => {
    const noForces = run(initialState(created), 'control', { type: 'startExercise' });
    expect(noForces.forces).toBeNull();
    expect(refusal(noForces, override({ kind: 'unitStrength', unitId: 'est-1-bde', strength: 50 }))).toBe(
      'NO_FORCES',
    );
    expect(refusal(noForces, override({ kind: 'placeControl', placeId: 'tallinn', side: 'red' }))).toBe(
      'NO_FORCES',
    );
    const kinds = legalCommands(noForces, 'control').flatMap((c) =>
      c.type === 'overrideResult' ? [c.target.kind] : [],
    );
    expect(kinds).not.toContain('unitStrength');
  });

  it('are offered to Control when there are forces, and the rules accept them', () => {
    const offered = legalCommands(destroyedAtTapa, 'control').flatMap((c) =>
      c.type === 'overrideResult' ? [c.target] : [],
    );
    expect(offered).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'unitStrength', unitId: 'gbr-efp-bg', strength: 40 }),
        expect.objectContaining({ kind: 'placeControl', side: 'red' }),
      ]),
    );
  });
});

describe('an override in words, for the review', () => {
  it('says what each kind of override set aside and what it set', () => {
    expect(overrideSubject({ kind: 'measure', measure: 'cohesion', value: 55 }, 61)).toBe(
      'cohesion: 61 → 55',
    );
    expect(
      overrideSubject({ kind: 'position', draftId: 'd1', allyId: 'hun', position: 'support' }, null),
    ).toBe('hun on d1: none → support');
    expect(overrideSubject({ kind: 'placeControl', placeId: 'tallinn', side: 'blue' }, 'red')).toBe(
      'tallinn held by: red → blue',
    );
  });
});
