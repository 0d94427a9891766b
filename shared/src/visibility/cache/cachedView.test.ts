// The cached view is only a faster way to the same bytes: over played games of both scenarios, with
// one memo kept across every step as a room keeps it, each viewer's cached view equals the pure rule's.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decide } from '../../engine/decide';
import { evolve, initialState } from '../../engine/evolve';
import { balticCreated } from '../../engine/forces/balticExercise';
import { seat, WALL_START } from '../../engine/harness';
import { actorFor, legalCommands } from '../../engine/legal';
import type { Actor, ExerciseState } from '../../engine/state';
import { tick } from '../../engine/tick';
import { ukraineScenario } from '../../negotiation/testScenario';
import { addSeconds } from '../../time/gameTime';
import { viewFor, type Presence } from '../view';
import { cachedViewFor } from './cachedView';
import { ViewMemo } from './viewMemo';

const LEAD: Actor = { seatId: null, isControl: true, controlRole: 'lead' };
const ASSISTANT: Actor = { seatId: null, isControl: true, controlRole: 'assistant', controlKeyId: 'k1' };
const LOBBY: Actor = { seatId: null, isControl: false };

const GAMES = {
  baltic: {
    start: () => initialState(balticCreated(7)),
    seats: ['secgen', 'saceur', 'usa', 'est', 'red', 'observer'],
  },
  ukraine: {
    start: () =>
      initialState({
        type: 'exerciseCreated',
        exerciseId: 'ex-ukraine',
        code: 'UKRAIN',
        title: 'Ukraine',
        createdAt: WALL_START,
        scenario: ukraineScenario(),
        seed: 7,
      }),
    seats: ['ukraine', 'russia', 'us', 'nato-sg', 'observer'],
  },
};

/** Plays `steps` (legal commands by held seats, or waits that let the clocks tick), checking every view. */
function playAndCompare(game: keyof typeof GAMES, steps: readonly [number, number, number][]): void {
  const { start, seats } = GAMES[game];
  let state: ExerciseState = seat(start(), ...seats);
  let now = WALL_START;
  const memo = new ViewMemo();
  const viewers = [LEAD, ASSISTANT, LOBBY, ...seats.map((id) => ({ seatId: id, isControl: false }))];
  const compare = (presence: Presence) => {
    for (const viewer of viewers)
      expect(cachedViewFor(state, viewer, presence, memo), JSON.stringify(viewer)).toEqual(
        viewFor(state, viewer, presence),
      );
  };
  const apply = (seatId: string, command: Parameters<typeof decide>[1]) => {
    const result = decide(state, command, { actor: actorFor(state, seatId), now, newSeatTokenHash: 'h' });
    if (result.ok) state = result.value.reduce(evolve, state);
  };
  apply('control', { type: 'startExercise' });
  compare({ connectedSeats: new Set(), controlConnections: 1 });
  for (const [who, choice, mask] of steps) {
    now = addSeconds(now, 60 + (choice % 5) * 60);
    const presence: Presence = {
      connectedSeats: new Set(seats.filter((_, i) => (mask >> i) & 1)),
      controlConnections: mask & 1,
    };
    if (choice % 7 === 0) {
      for (const e of tick(state, { now: addSeconds(now, 3600) })) state = evolve(state, e);
    } else {
      const seatId = ['control', ...seats][who % (seats.length + 1)]!;
      const legal = legalCommands(state, seatId, now);
      if (legal.length > 0) apply(seatId, legal[choice % legal.length]!);
    }
    compare(presence);
  }
}

const steps = fc.array(fc.tuple(fc.nat(50), fc.nat(1000), fc.nat(255)), { minLength: 10, maxLength: 20 });

describe('the cached view', () => {
  it.each(Object.keys(GAMES) as (keyof typeof GAMES)[])(
    'returns exactly what viewFor returns, for every viewer at every step of a played %s game',
    (game) => {
      fc.assert(
        fc.property(steps, (s) => playAndCompare(game, s)),
        { numRuns: 3 },
      );
    },
    120_000,
  );
});

describe('a view whose channels alone changed', () => {
  it('is the last view with the new channels, of the same shape, for every viewer over a debate', () => {
    const seats = GAMES.baltic.seats;
    let state: ExerciseState = seat(GAMES.baltic.start(), ...seats);
    const memo = new ViewMemo();
    const presence: Presence = { connectedSeats: new Set(seats), controlConnections: 2 };
    const viewers = [LEAD, ASSISTANT, LOBBY, ...seats.map((id) => ({ seatId: id, isControl: false }))];
    const run = (seatId: string, command: Parameters<typeof decide>[1]) => {
      const result = decide(state, command, {
        actor: actorFor(state, seatId),
        now: WALL_START,
        newSeatTokenHash: 'h',
      });
      if (!result.ok) throw new Error(`${command.type}: ${result.error.code}`);
      state = result.value.reduce(evolve, state);
    };
    run('control', { type: 'startExercise' });
    const shapeOf = (viewer: Actor) => Object.keys(cachedViewFor(state, viewer, presence, memo));
    const shapes = viewers.map(shapeOf);
    for (let i = 0; i < 12; i++) {
      const before = viewers.map((viewer) => cachedViewFor(state, viewer, presence, memo));
      run(['usa', 'est', 'secgen'][i % 3]!, {
        type: 'postMessage',
        channelId: 'nac',
        template: 'freeText',
        body: `Statement ${i}.`,
      });
      viewers.forEach((viewer, v) => {
        const view = cachedViewFor(state, viewer, presence, memo);
        expect(view).toEqual(viewFor(state, viewer, presence));
        expect(Object.keys(view)).toEqual(shapes[v]);
        // Every section but the channels (and Control's room) is the one the last view held.
        for (const key of Object.keys(view) as (keyof typeof view)[])
          if (key !== 'channels' && key !== 'controlRoom' && key !== 'seq')
            expect(view[key]).toBe(before[v]![key]);
      });
    }
  });
});
