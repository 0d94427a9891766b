// A short exercise through the root decide/evolve: the Council decides, SACEUR orders, forces move.
import { describe, expect, it } from 'vitest';
import { hoursToComplete, type ForcesEvent } from '../../forces/index';
import type { Result } from '../../protocol/result';
import { addSeconds } from '../../time/gameTime';
import { orderMenuFor } from '../../visibility/orderMenu';
import { viewFor, type ExerciseView } from '../../visibility/view';
import { cachedViewFor } from '../../visibility/cache/cachedView';
import type { Command } from '../commands';
import { decide } from '../decide';
import type { GameEvent } from '../events';
import { evolve, initialState, replay } from '../evolve';
import { WALL_START } from '../harness';
import { actorFor, legalCommands } from '../legal';
import type { ExerciseState } from '../state';
import { forcesContextOf } from './actor';
import { forcesAuthority } from './authority';
import { forcesCreated } from './fixtures';
import { forceOrderOptions } from './options';
import { checkVariant, forcesSeedOf, variantsOf } from './setup';

/** Plays an exercise through decide and evolve, keeping the log. */
class Game {
  state: ExerciseState;
  readonly log: GameEvent[];
  now = WALL_START;
  constructor(created = forcesCreated) {
    this.state = initialState(created);
    this.log = [created];
  }
  send(seatId: string, command: Command): Result<GameEvent[]> {
    this.now = addSeconds(this.now, 5);
    const result = decide(this.state, command, {
      // 'nobody' is a connection without a seat, as in the lobby.
      actor: seatId === 'nobody' ? { seatId: null, isControl: false } : actorFor(this.state, seatId),
      now: this.now,
      newSeatTokenHash: `hash-${seatId}`,
    });
    if (result.ok)
      for (const e of result.value) {
        this.log.push(e);
        this.state = evolve(this.state, e);
      }
    return result;
  }
  must(seatId: string, command: Command): GameEvent[] {
    const result = this.send(seatId, command);
    if (!result.ok) throw new Error(`${command.type}: ${result.error.code} ${result.error.message}`);
    return result.value;
  }
  /** Control advances phases until `phase` opens. */
  to(phase: string): void {
    for (let i = 0; i < 10 && this.state.session.phase !== phase; i++)
      this.must('control', { type: 'advancePhase' });
  }
  /** The order menu the seat would get from an `orders` request (ADR 0014). */
  menu(seatId: string) {
    return orderMenuFor(this.state, actorFor(this.state, seatId));
  }
  view(seatId: string): ExerciseView {
    return viewFor(this.state, actorFor(this.state, seatId), {
      connectedSeats: new Set(),
      controlConnections: 1,
    });
  }
}

const SEATED = ['secgen', 'saceur', 'usa', 'est', 'deu', 'red', 'observer'];
const deployLead = { type: 'deployUnit', unitId: 'vjtf-lead', destination: 'tallinn' } as const;

function started(): Game {
  const g = new Game();
  for (const seatId of SEATED) g.must('nobody', { type: 'claimSeat', seatId, displayName: seatId });
  g.must('control', { type: 'startExercise' });
  return g;
}

/** The chair tables a package; each seated ally supports once its instructions have arrived. */
function adopt(g: Game, itemIds: string[]): void {
  g.to('consultation');
  const [tabled] = g.must('secgen', { type: 'tableDraft', itemIds });
  const draftId = tabled?.type === 'draftTabled' ? tabled.draftId : '';
  for (let turn = 0; turn < 4 && !itemIds.every((i) => g.state.council.agenda[i]?.adoptedAt); turn++) {
    for (const ally of ['usa', 'est', 'deu'])
      if (!g.state.council.drafts[draftId]?.positions[ally])
        g.send(ally, { type: 'takePosition', draftId, position: 'support' });
    if (!itemIds.every((i) => g.state.council.agenda[i]?.adoptedAt)) {
      g.to('adjudication');
      g.to('consultation');
    }
  }
  expect(itemIds.every((i) => g.state.council.agenda[i]?.adoptedAt)).toBe(true);
}

describe('an exercise with forces', () => {
  it('starts the chosen variant with a forces seed drawn from the exercise seed', () => {
    const g = new Game();
    expect(g.state.forces?.variant).toBe('2016');
    expect(g.state.forces?.seed).toBe(forcesSeedOf(11));
    expect(g.state.forces?.units['vjtf-lead']).toBeDefined();
    const current = new Game({ ...forcesCreated, variant: 'current' });
    expect(current.state.forces?.units['arf-lead']).toBeDefined();
    expect(current.state.forces?.units['vjtf-lead']).toBeUndefined();
    const fallback = new Game({ ...forcesCreated, variant: undefined });
    expect(fallback.state.forces?.variant).toBe('2016');
    expect(variantsOf(forcesCreated.scenario).map((v) => v.id)).toEqual([
      '2016',
      'current',
      'rand-7-brigades',
    ]);
    expect(checkVariant(forcesCreated.scenario, 'current')).toBeNull();
    expect(checkVariant(forcesCreated.scenario, 'nope')?.code).toBe('NO_SUCH_VARIANT');
  });

  it('takes orders only in the decision phase; Control may order at any time', () => {
    const g = started();
    g.to('consultation');
    const early = g.send('saceur', { type: 'alertUnit', unitId: 'vjtf-lead' });
    expect(early.ok || early.error.code).toBe('PHASE_CLOSED');
    expect(g.send('control', { type: 'alertUnit', unitId: 'vjtf-main-1' }).ok).toBe(true);
    g.to('decision');
    expect(g.send('saceur', { type: 'alertUnit', unitId: 'vjtf-lead' }).ok).toBe(true);
    expect(g.send('observer', { type: 'alertUnit', unitId: 'vjtf-main-2' }).ok).toBe(false);
  });

  it('refuses SACEUR a deployment before the NAC decides, changing nothing; then the VJTF arrives when predicted', () => {
    const g = started();
    g.to('decision');
    g.must('saceur', { type: 'alertUnit', unitId: 'vjtf-lead' });
    const before = g.state;
    const logLength = g.log.length;
    const refused = g.send('saceur', deployLead);
    expect(refused.ok ? 'accepted' : refused.error.code).toBe('BEYOND_AUTHORITY');
    expect(g.state).toBe(before);
    expect(g.log).toHaveLength(logLength);
    expect(legalCommands(g.state, 'saceur', g.now)).not.toContainEqual(deployLead);
    expect(forceOrderOptions(g.state, 'saceur', g.now)).toContainEqual(
      expect.objectContaining({ command: deployLead, allowed: false, code: 'BEYOND_AUTHORITY' }),
    );
    expect(g.menu('saceur')?.units.find((u) => u.unitId === 'vjtf-lead')?.orders).toContainEqual(
      expect.objectContaining({ type: 'deployUnit', allowed: false, code: 'BEYOND_AUTHORITY' }),
    );

    // The Council authorises the VJTF and waives the permits.
    adopt(g, ['deploy-vjtf', 'waive-permits']);
    expect(forcesAuthority(g.state)).toMatchObject({ vjtfDeploymentAuthorised: true, permitsWaived: true });
    g.to('decision');
    expect(legalCommands(g.state, 'saceur', g.now)).toContainEqual(deployLead);

    // The notice to move was rolled at the alert, so the prediction has no dice left in it.
    const forces = g.state.forces!;
    expect(forces.units['vjtf-lead']?.readyAt).not.toBeNull();
    const predicted = hoursToComplete(
      forces,
      deployLead,
      forcesContextOf(g.state, actorFor(g.state, 'saceur')),
    );
    expect(predicted.ok && predicted.hours).toBeGreaterThan(0);
    const orderedAt = forces.hour;
    g.must('saceur', deployLead);
    const expected = orderedAt + (predicted.ok ? predicted.hours! : NaN);
    expect(g.view('saceur').forces?.units.find((u) => u.id === 'vjtf-lead')?.eta).toBe(expected);
    expect(
      g
        .view('saceur')
        .forcesProjection?.at(-1)
        ?.units.map((u) => u.unitId),
    ).toContain('vjtf-lead');

    let arrived: ForcesEvent | undefined;
    for (let turn = 0; turn < 20 && !arrived; turn++) {
      g.to('adjudication');
      arrived = g.log.find(
        (e): e is ForcesEvent => e.type === 'unitArrived' && 'unitId' in e && e.unitId === 'vjtf-lead',
      );
      g.to('decision');
    }
    expect(arrived).toMatchObject({ atHour: expected, placeId: 'tallinn', readiness: 'inPlace' });
    expect(g.state.forces?.units['vjtf-lead']).toMatchObject({
      readiness: 'inPlace',
      location: { kind: 'at', placeId: 'tallinn' },
    });

    // The log alone rebuilds the live state, forces and all.
    expect(replay(g.log)).toEqual(g.state);
  });

  it('advances the forces with the game clock and logs the dice with their explanations', () => {
    const g = started();
    g.to('decision');
    g.must('saceur', { type: 'alertUnit', unitId: 'vjtf-lead' });
    g.to('adjudication');
    expect(g.state.forces?.hour).toBe(12);
    const rolled = g.log.find((e) => e.type === 'readinessRolled');
    expect(rolled).toMatchObject({
      unitId: 'vjtf-lead',
      explanation: expect.stringContaining('Notice to move'),
    });
    const clock = g.log.findIndex((e) => e.type === 'gameClockAdvanced');
    expect(g.log.findIndex((e) => e.type === 'clockAdvanced')).toBeGreaterThan(clock);
    expect(g.view('saceur').forces?.reports.map((r) => r.type)).toContain('readinessRolled');
    expect(g.view('red').forces?.reports.map((r) => r.type)).not.toContain('readinessRolled');
  });

  it('lets the US delegation give SACEUR consent to move US national forces', () => {
    const g = started();
    g.to('decision');
    const alertUs: Command = { type: 'alertUnit', unitId: 'usa-82-irf' };
    const before = g.send('saceur', alertUs);
    expect(before.ok || before.error.code).toBe('BEYOND_AUTHORITY');
    expect(g.send('deu', { type: 'grantUsConsent', granted: true }).ok).toBe(false);
    g.to('consultation');
    g.must('usa', { type: 'grantUsConsent', granted: true });
    expect(forcesAuthority(g.state).usConsent).toBe(true);
    g.to('decision');
    expect(g.send('saceur', alertUs).ok).toBe(true);
    g.must('usa', { type: 'grantUsConsent', granted: false });
    expect(g.send('saceur', { type: 'alertUnit', unitId: 'usa-abct-2' }).ok).toBe(false);
  });

  it('shows each side its own picture and never the PRNG', () => {
    const g = started();
    g.to('decision');
    g.must('saceur', { type: 'alertUnit', unitId: 'vjtf-lead' });
    for (let i = 0; i < 9; i++) {
      g.to('adjudication');
      g.to('decision');
    }
    expect(g.state.forces!.hour).toBeGreaterThan(g.state.forces!.scenario.redPlan.incursionHour);
    const control = g.view('control').forces!;
    const saceur = g.view('saceur').forces!;
    const red = g.view('red').forces!;
    expect(control.perspective).toBe('control');
    expect(saceur.perspective).toBe('blue');
    expect(g.view('observer').forces?.perspective).toBe('blue');
    expect(red.perspective).toBe('red');
    expect(red.authority).toBeNull();
    expect(saceur.authority).toEqual(forcesAuthority(g.state));
    expect(red.units.filter((u) => u.side === 'blue').every((u) => u.order === null && u.eta === null)).toBe(
      true,
    );
    expect(saceur.ladder.map((r) => r.id)).toContain(saceur.escalation);
    expect(g.menu('saceur')?.open).toBe(true);
    expect(g.menu('secgen')?.units).toEqual([]);
    expect(g.menu('red')?.units.every((u) => g.state.forces!.units[u.unitId]?.side === 'red')).toBe(true);
    // The menu is served on request, never in the view (ADR 0014).
    expect(saceur).not.toHaveProperty('orders');
    const combat = control.reports.find((r) => r.type === 'combatResolved');
    if (combat) {
      expect(combat.combat?.explanation).toBe(combat.explanation);
      expect(saceur.reports.find((r) => r.type === 'combatResolved')?.combat).toBeUndefined();
    }
    for (const seat of ['control', 'saceur', 'red', 'usa', 'observer']) {
      const json = JSON.stringify(g.view(seat));
      expect(json).not.toContain('rngAfter');
      expect(json).not.toContain(JSON.stringify(g.state.forces!.rng));
      expect(json).not.toContain('"redPlan"');
    }
    const lobby = viewFor(
      g.state,
      { seatId: null, isControl: false },
      { connectedSeats: new Set(), controlConnections: 0 },
    );
    expect(lobby.forces).toBeNull();
    expect(lobby.forcesProjection).toBeNull();
    expect(replay(g.log)).toEqual(g.state);
  });
});

describe('the forces picture of one state', () => {
  it('is one object for every viewer of a side, and another for each other side (in the cached views)', () => {
    const g = started();
    const cached = (seatId: string) =>
      cachedViewFor(g.state, actorFor(g.state, seatId), { connectedSeats: new Set(), controlConnections: 1 });
    const blue = ['usa', 'est', 'deu', 'secgen', 'saceur'].map((seatId) => cached(seatId).forces);
    for (const picture of blue) expect(picture).toBe(blue[0]);
    expect(cached('red').forces).not.toBe(blue[0]);
    expect(g.view('red').forces?.perspective).toBe('red');
    expect(g.view('control').forces?.perspective).toBe('control');
    expect(g.view('red').forces?.authority).toBeNull();
  });
});
