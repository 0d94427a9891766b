// Issue 13 item 6: long random games of both scenarios — Council, forces, channels, talks and
// Control's console — checked after every event and every publish (invariants a–e, see
// longGame/invariants.ts and longGame/views.ts; docs/decisions/0026). Each game is played from one
// seed, printed when it fails: PROPERTY_SEED=<seed> replays it first. LONG_GAMES=<n> plays more.
import { afterAll, describe, expect, it } from 'vitest';
import { replay, type ExerciseCreated, type ExerciseView } from '@council/shared';
import { ordersReply } from '../../server/src/rooms/orderMenu';
import { roller, seedRng } from '../../shared/src/rng/sfc32';
import { PROPERTY_SEED } from '../setup/seed';
import {
  ForcesWatch,
  InvariantBroken,
  checkAuthorship,
  checkAuthorshipInViews,
  checkLocations,
  checkOrderMenu,
} from './longGame/invariants';
import { SCENARIOS, playLongGame, type ScenarioFile } from './longGame/play';
import { PublishedViews } from './longGame/views';

const TURNS = 40;
/** Games per scenario from the suite's seed on each run; more with LONG_GAMES=<n>. */
const GAMES = Number(process.env.LONG_GAMES ?? 3);

/**
 * Seeds that once broke an invariant, played on every run whatever PROPERTY_SEED says: each names
 * the defect it found (docs/decisions/0026).
 */
const REGRESSION_SEEDS: Readonly<Record<ScenarioFile, readonly number[]>> = {
  'baltic-tripwire': [],
  'ukraine-ceasefire': [],
};

interface Coverage {
  events: number;
  commands: number;
  routes: number;
  contacts: number;
  units: number;
  menus: number;
  views: number;
  combats: number;
  overrides: number;
  injects: number;
  crossings: number;
  /** Deployments SACEUR ordered on the Council's authority. */
  authorised: number;
  adopted: number;
}

const coverage = new Map<ScenarioFile, Coverage>();

function playAndCheck(file: ScenarioFile, seed: number): Coverage {
  const forces = new ForcesWatch();
  const dice = roller(seedRng(seed ^ 0x5eed));
  let views = null as PublishedViews | null;
  const seen = { units: 0, menus: 0 };
  const game = playLongGame(
    { file, seed, turns: TURNS },
    {
      event(before, event, after, cause) {
        checkAuthorship(event, cause);
        forces.event(before, event, after);
      },
      published(state, log, _cause, events) {
        views ??= new PublishedViews(log[0] as ExerciseCreated, state);
        const reconnect = dice.unit() < 0.05 ? Math.floor(dice.unit() * 1000) : null;
        const turnStarts = events.some((e) => e.type === 'turnStarted');
        const held = views.publish(state, log, { reconnect, turnStarts });
        const replayed = views.replayed;
        seen.units += checkLocations(replayed, held, forces);
        checkAuthorshipInViews(replayed, held);
        // Order menus are served on request: asked for as a decision phase opens, by a few seats.
        if (replayed.forces && events.some((e) => e.type === 'phaseStarted' && e.phase === 'decision'))
          seen.menus += checkMenus(replayed, held, dice.unit());
      },
    },
  );
  expect(game.state.clock.turn, 'turns played').toBeGreaterThan(TURNS);
  // The whole log, replayed from scratch, gives the live state.
  expect(replay(game.log)).toEqual(game.state);
  const count = (type: string) => game.log.filter((e) => e.type === type).length;
  return {
    events: game.log.length,
    commands: game.commands,
    routes: forces.checkedRoutes,
    contacts: forces.checkedContacts,
    units: seen.units,
    menus: seen.menus,
    views: views?.compared ?? 0,
    combats: count('combatResolved'),
    overrides: count('resultOverridden'),
    injects: count('injectFired') + count('adHocInjectFired'),
    crossings: game.log.filter((e) => e.type === 'movementOrdered' && e.purpose === 'deploy').length,
    authorised: game.log.filter(
      (e) => e.type === 'movementOrdered' && e.purpose === 'deploy' && e.by === 'saceur',
    ).length,
    adopted: count('draftAdopted'),
  };
}

/** Control's menu, and one seat's with the arrivals of one of its orders. */
function checkMenus(
  state: Parameters<typeof ordersReply>[0],
  views: ReadonlyMap<string, ExerciseView>,
  draw: number,
): number {
  const seats = [...views.keys()].filter((k) => k !== 'guest' && views.get(k)?.forces);
  const who = ['control', seats[Math.floor(draw * seats.length)]!];
  let checked = 0;
  for (const name of who) {
    const view = views.get(name)!;
    const actor = view.you;
    const plain = ordersReply(state, actor);
    if (!plain.ok || !plain.menu) continue;
    checked += checkOrderMenu(name, plain.menu, view);
    const unit = plain.menu.units.find((u) => u.moveTo.length + u.deployTo.length > 0);
    if (!unit) continue;
    const destination = [...unit.moveTo, ...unit.deployTo][0]!;
    const asked = ordersReply(state, actor, { unitId: unit.unitId, destination });
    if (asked.ok && asked.menu) checked += checkOrderMenu(name, asked.menu, view);
  }
  return checked;
}

describe.each(SCENARIOS)('long games of %s', (file) => {
  const fromSuiteSeed = Array.from({ length: GAMES }, (_, i) => PROPERTY_SEED + i);
  const seeds = [...new Set([...REGRESSION_SEEDS[file], ...fromSuiteSeed])];

  it.each(seeds)(
    `keep every invariant for ${TURNS} turns (game seed %i)`,
    (seed) => {
      try {
        const c = playAndCheck(file, seed);
        const total = coverage.get(file);
        if (!total) coverage.set(file, c);
        else for (const key of Object.keys(c) as (keyof Coverage)[]) total[key] += c[key];
      } catch (error) {
        const how = `PROPERTY_SEED=${seed} LONG_GAMES=1 npx vitest run tests/integration/longGame.property.test.ts`;
        if (error instanceof InvariantBroken)
          error.message = `${file}, game seed ${seed}: ${error.message}\nReplay with ${how}`;
        else console.error(`${file}, game seed ${seed} failed; replay with ${how}`);
        throw error;
      }
    },
    300_000,
  );
});

afterAll(() => {
  // The games reach what the invariants are about: units move, cross borders and fight, Control
  // overrides and injects, every view is compared.
  for (const [file, c] of coverage) {
    console.log(`long games of ${file}: ${JSON.stringify(c)}`);
    expect(c.views, file).toBeGreaterThan(0);
    expect(c.overrides + c.injects, file).toBeGreaterThan(0);
    if (file === 'baltic-tripwire') {
      expect(c.combats, file).toBeGreaterThan(0);
      expect(c.contacts, file).toBeGreaterThan(0);
      expect(c.crossings, file).toBeGreaterThan(0);
      expect(c.routes, file).toBeGreaterThan(0);
      expect(c.menus, file).toBeGreaterThan(0);
    }
  }
});
