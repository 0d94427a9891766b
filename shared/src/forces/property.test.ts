import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { advanceWithState } from './advance';
import { NO_AUTHORITY, type ForcesActor, type ForcesAuthority } from './authority';
import { decideForces } from './decide';
import type { ForcesEvent } from './events';
import { evolveForces } from './evolve';
import { balticForces } from './fixtures';
import { initialForces } from './init';
import { invariantViolations } from './invariants';
import { candidateForceOrders } from './legal';
import type { ForcesState } from './state';

const ACTORS: ForcesActor[] = [
  { role: 'control' },
  { role: 'saceur' },
  { role: 'red' },
  { role: 'ally', nation: 'USA' },
  { role: 'ally', nation: 'GBR' },
  { role: 'ally', nation: 'DEU' },
  { role: 'ally', nation: 'EST' },
  { role: 'ally', nation: 'POL' },
];

const authorityArb: fc.Arbitrary<ForcesAuthority> = fc.record({
  vjtfDeploymentAuthorised: fc.boolean(),
  graduatedResponseActive: fc.boolean(),
  reinforceBattlegroups: fc.boolean(),
  article5: fc.boolean(),
  permitsWaived: fc.boolean(),
  usConsent: fc.boolean(),
  nuclearSignalling: fc.boolean(),
});

const stepArb = fc.oneof(
  fc.record({ kind: fc.constant('order' as const), actor: fc.nat(ACTORS.length - 1), pick: fc.nat() }),
  fc.record({ kind: fc.constant('advance' as const), hours: fc.integer({ min: 1, max: 96 }) }),
);

const gameArb = fc.record({
  seed: fc.integer({ min: 1, max: 1_000_000 }),
  variant: fc.constantFrom(...balticForces().variants.map((v) => v.id)),
  authority: authorityArb,
  steps: fc.array(stepArb, { minLength: 1, maxLength: 20 }),
});

/** Plays a game: orders picked from the candidates (refused ones change nothing), then time. */
function play(
  game: {
    seed: number;
    variant: string;
    authority: ForcesAuthority;
    steps: readonly ({ kind: 'order'; actor: number; pick: number } | { kind: 'advance'; hours: number })[];
  },
  initial: ForcesState = initialForces(balticForces(), game.variant, game.seed),
) {
  let state: ForcesState = initial;
  const log: ForcesEvent[] = [];
  const violations: string[] = [];
  for (const step of game.steps) {
    if (step.kind === 'order') {
      const actor = ACTORS[step.actor]!;
      const options = candidateForceOrders(state, actor);
      // An actor may have nothing to order (every unit of its nation destroyed): the step is a pass.
      if (options.length === 0) continue;
      const command = options[step.pick % options.length]!;
      const result = decideForces(state, command, { actor, authority: game.authority, ordersOpen: true });
      if (!result.ok) continue;
      for (const e of result.value) state = evolveForces(state, e);
      log.push(...result.value);
    } else {
      const next = advanceWithState(state, state.hour + step.hours, game.authority);
      state = next.state;
      log.push(...next.events);
    }
    violations.push(...invariantViolations(state));
  }
  return { initial, state, log, violations };
}

describe('random sequences of orders and time', () => {
  it('pass when the actor has nothing to order (regression: a pick from an empty list threw)', () => {
    let start = initialForces(balticForces(), '2016', 1);
    for (const u of Object.values(start.units).filter((u) => u.owner === 'EST'))
      start = evolveForces(start, {
        type: 'unitDestroyed',
        unitId: u.id,
        atHour: 0,
        placeId: u.location.kind === 'at' ? u.location.placeId : u.location.to,
        cause: 'test',
      });
    const est = ACTORS.findIndex((a) => a.role === 'ally' && a.nation === 'EST');
    expect(candidateForceOrders(start, ACTORS[est]!)).toEqual([]);
    const game = {
      seed: 1,
      variant: '2016',
      authority: NO_AUTHORITY,
      steps: [{ kind: 'order' as const, actor: est, pick: 5 }],
    };
    const { log, violations } = play(game, start);
    expect(log).toEqual([]);
    expect(violations).toEqual([]);
  });

  it('exercise the rules: orders are accepted and combat happens in the sampled games', () => {
    const games = fc.sample(gameArb, { numRuns: 40, seed: 4 });
    const logs = games.map((g) => play(g as Parameters<typeof play>[0]).log);
    const types = new Set(logs.flat().map((e) => e.type));
    for (const t of [
      'movementOrdered',
      'unitDeparted',
      'unitArrived',
      'combatResolved',
      'placeCaptured',
      'permitRolled',
    ]) {
      expect(types, t).toContain(t);
    }
  });

  it('keep every invariant: one place per unit, no negative strength, capacities respected', () => {
    fc.assert(
      fc.property(gameArb, (game) => {
        const { violations } = play(game as Parameters<typeof play>[0]);
        expect(violations).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('replay deterministically: same seed and commands give the same events byte for byte, and the log rebuilds the state', () => {
    fc.assert(
      fc.property(gameArb, (game) => {
        const a = play(game as Parameters<typeof play>[0]);
        const b = play(game as Parameters<typeof play>[0]);
        expect(JSON.stringify(b.log)).toBe(JSON.stringify(a.log));
        const rebuilt = a.log.reduce(evolveForces, a.initial);
        expect(JSON.stringify(rebuilt)).toBe(JSON.stringify(a.state));
      }),
      { numRuns: 30 },
    );
  });
});
