// The world around the ceasefire talks (ADR 0008): the front and its leverage, the allies'
// defence-spending paths and the two-tier meter, and breaches that strain a signed deal.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMPROMISE_TEXT } from './compromiseFixture';
import type { ExerciseCreated, GameEvent } from '../engine/events';
import { evolve, initialState, replay } from '../engine/evolve';
import { advanceTo, playTurns, run, runLogged, seat, WALL_START } from '../engine/harness';
import { actorFor } from '../engine/legal';
import type { ExerciseState } from '../engine/state';
import { measureCharts } from '../review/charts';
import { measuresSeries } from '../review/measures';
import { parseScenario } from '../scenario/load';
import type { Scenario } from '../scenario/schema';
import { viewFor } from '../visibility/view';
import { effectivePriorities } from './currents';
import { leverageLevel, totalShiftKm } from './leverage';
import type { NegotiationScenario } from './schema';
import { haguePath, nextLevel, spendingYear, twoTierOf, willingnessOf } from './spending';
import { statusOf } from './state';
import { ukraineFile, ukraineScenario } from './testScenario';

const raw = ukraineFile();
const scenario = ukraineScenario();
const negotiation = scenario.negotiation!;
const front = negotiation.front!;
const spending = negotiation.spending!;
const PARTIES = negotiation.parties.map((p) => p.seat);
const SECTORS = ['kharkiv', 'donetsk', 'zaporizhzhia', 'kherson'];
const presence = { connectedSeats: new Set<string>(), controlConnections: 0 };

const createdWith = (s: Scenario, seed = 7): ExerciseCreated => ({
  type: 'exerciseCreated',
  exerciseId: 'ex-world',
  code: 'UKR234',
  title: 'The world keeps moving',
  createdAt: '2026-11-23T09:00:00.000Z',
  scenario: s,
  seed,
});

function atTable(s: Scenario = scenario, seed = 7): ExerciseState {
  const state = seat(initialState(createdWith(s, seed)), ...PARTIES);
  return advanceTo(run(state, 'control', { type: 'startExercise' }), 'consultation');
}

/** The scenario with its negotiation section edited. */
const withTalks = (edit: (n: NegotiationScenario) => NegotiationScenario): Scenario => ({
  ...scenario,
  negotiation: edit(negotiation),
});

const COMPROMISE = COMPROMISE_TEXT;

/**
 * The compromise drafted and the deal concluded. The signature is applied as its event: these
 * tests are about what follows it, not about the signing rules (negotiation.test.ts).
 */
function signedAtTable(s: Scenario = scenario, seed = 7): ExerciseState {
  const state = run(atTable(s, seed), 'us', { type: 'proposeDraft', clauses: COMPROMISE });
  return evolve(state, {
    type: 'negotiationDealSigned',
    revision: state.negotiation!.revision,
    gameTime: state.clock.time,
    at: WALL_START,
  });
}

/** Every event a run of whole turns emits, with the state it ends in. */
function playLogged(state: ExerciseState, turns: number): { state: ExerciseState; events: GameEvent[] } {
  let s = state;
  const events: GameEvent[] = [];
  for (let i = 0; i < turns * 6 && events.filter((e) => e.type === 'gameClockAdvanced').length < turns; i++) {
    const step = runLogged(s, 'control', { type: 'advancePhase' });
    events.push(...step.events);
    s = step.state;
  }
  return { state: s, events };
}

const talksView = (state: ExerciseState, seatId: string) =>
  viewFor(state, seatId === 'control' ? { seatId: null, isControl: true } : actorFor(state, seatId), presence)
    .negotiation!;

describe('the world in the Ukraine scenario', () => {
  it('divides the front into the four sectors the map draws, Russia advancing; spending from the NATO figures', () => {
    expect(front.sectors.map((s) => s.id)).toEqual(SECTORS);
    expect([front.attacker, front.defender]).toEqual(['russia', 'ukraine']);
    const level = Object.fromEntries(spending.allies.map((a) => [a.id, a.start]));
    expect(level).toMatchObject({ us: 3.22, poland: 4.48, lithuania: 4, spain: 2, italy: 2.01 });
    expect(spending.allies.find((a) => a.id === 'spain')!.target).toBe(2.1);
    expect([spending.target, spending.targetYear, spending.floor]).toEqual([3.5, 2035, 2]);
    const citation = scenario.sources.find((s) => s.id === 'nato-spending-2025')!.citation;
    for (const figure of ['3.22', '4.48', '2.76', '2.1']) expect(citation).toContain(figure);
  });
});

describe('the front and its leverage', () => {
  it('moves every sector each turn while unsigned, the same for the same seed, within mean ± spread', () => {
    const a = playLogged(atTable(), 6);
    const b = playLogged(atTable(), 6);
    const moves = a.events.filter((e) => e.type === 'frontMoved');
    expect(moves).toHaveLength(6);
    expect(a.state.negotiation!.front).toEqual(b.state.negotiation!.front);
    expect(playTurns(atTable(scenario, 99), 6).negotiation!.front).not.toEqual(a.state.negotiation!.front);
    for (const move of moves) {
      if (move.type !== 'frontMoved') continue;
      expect(move.cause).toBe('fighting');
      expect(Object.keys(move.shifts)).toEqual(SECTORS);
      for (const sector of front.sectors) {
        // One turn is a game day in this scenario.
        const km = move.shifts[sector.id]!;
        expect(km).toBeGreaterThanOrEqual(sector.meanKmPerDay - sector.spreadKmPerDay - 1e-9);
        expect(km).toBeLessThanOrEqual(sector.meanKmPerDay + sector.spreadKmPerDay + 1e-9);
      }
    }
    // The view gives the map each sector's cumulative shift.
    const view = talksView(a.state, 'ukraine').front!;
    for (const sector of SECTORS) {
      const sum = moves.reduce((km, e) => km + (e.type === 'frontMoved' ? e.shifts[sector]! : 0), 0);
      expect(view.sectors[sector]!.shiftKm).toBeCloseTo(sum, 6);
    }
    expect(view.frozen).toBe(false);
  });

  it('over many turns Russia gains ground in Donetsk, and its leverage rises with it', () => {
    const state = playTurns(atTable(), 30);
    expect(state.negotiation!.front['donetsk']).toBeGreaterThan(0);
    const history = state.negotiation!.history;
    expect(history).toHaveLength(30);
    const leverage = talksView(state, 'russia').front!.leverage;
    expect(leverage.level).toBe(history.at(-1)!.leverage);
    expect(leverage.level).toBeGreaterThan(leverage.start);
  });

  it('leverage: start + perKm × summed shift + the currents named, within 0–1', () => {
    const none = { 'us-retrenchment': 0.3, 'burden-shifting': 0.2 };
    expect(leverageLevel(negotiation, {}, none)).toBe(front.leverage.start);
    expect(leverageLevel(negotiation, { donetsk: 5, kherson: -1 }, none)).toBe(
      Math.round((front.leverage.start + front.leverage.perKm * 4) * 1000) / 1000,
    );
    // Washington stepping back strengthens Moscow's hand.
    expect(leverageLevel(negotiation, {}, { ...none, 'us-retrenchment': 0.6 })).toBeGreaterThan(
      front.leverage.start,
    );
    expect(leverageLevel(negotiation, { donetsk: 1000 }, none)).toBe(1);
    expect(leverageLevel(negotiation, { donetsk: -1000 }, none)).toBe(0);
    expect(totalShiftKm({ a: 1.5, b: -0.25 })).toBe(1.25);
  });

  it('rising leverage moves secret priorities: Kyiv values a freeze more, Moscow less', () => {
    const ukraine = negotiation.parties.find((p) => p.seat === 'ukraine')!;
    const russia = negotiation.parties.find((p) => p.seat === 'russia')!;
    const gained = { donetsk: 10 }; // +0.4 leverage
    expect(
      effectivePriorities(negotiation, ukraine, [], gained)['line-of-contact']!['freeze-current-line'],
    ).toBe(ukraine.priorities['line-of-contact']!['freeze-current-line']! + 4 * 0.4);
    expect(
      effectivePriorities(negotiation, russia, [], gained)['line-of-contact']!['freeze-current-line'],
    ).toBe(russia.priorities['line-of-contact']!['freeze-current-line']! - 4 * 0.4);
    // Without a front argument nothing moves: the leverage sits at its start.
    expect(effectivePriorities(negotiation, ukraine, [])).toEqual(ukraine.priorities);
  });

  it('frozen once signed: without a detected serious breach the line stays where it was', () => {
    const quiet = withTalks((n) => ({
      ...n,
      implementation: { ...n.implementation!, baseRisk: 0, clauseRisk: [], dissatisfactionRisk: 0 },
    }));
    const start = signedAtTable(quiet);
    const after = playLogged(start, 5);
    expect(after.events.some((e) => e.type === 'frontMoved')).toBe(false);
    expect(after.state.negotiation!.front).toEqual(start.negotiation!.front);
    expect(talksView(after.state, 'ukraine').front!.frozen).toBe(true);
    // Undetected serious breaches leave the public line alone too.
    const unseen = withTalks((n) => ({
      ...n,
      implementation: { ...n.implementation!, baseRisk: 1, seriousShare: 1, baseDetection: 0, detection: [] },
    }));
    const hidden = playLogged(signedAtTable(unseen), 3);
    expect(hidden.state.negotiation!.implementation.violations.length).toBeGreaterThan(0);
    expect(hidden.events.some((e) => e.type === 'frontMoved')).toBe(false);
  });

  it('a detected serious breach moves one sector by breachKm in its author’s favour', () => {
    const breaches = (violators: string[]) =>
      withTalks((n) => ({
        ...n,
        implementation: {
          ...n.implementation!,
          violators,
          baseRisk: 1,
          seriousShare: 1,
          baseDetection: 1,
          detection: [],
        },
      }));
    const byRussia = playLogged(signedAtTable(breaches(['russia'])), 1);
    const moved = byRussia.events.filter((e) => e.type === 'frontMoved');
    expect(moved).toHaveLength(1);
    const [move] = moved;
    if (move?.type !== 'frontMoved') throw new Error('no frontMoved');
    expect(move.cause).toBe('breach');
    expect(move.by).toBe('russia');
    expect(Object.values(move.shifts)).toEqual([front.breachKm]);
    expect(totalShiftKm(byRussia.state.negotiation!.front)).toBe(front.breachKm);
    const byUkraine = playLogged(signedAtTable(breaches(['ukraine'])), 1);
    expect(totalShiftKm(byUkraine.state.negotiation!.front)).toBe(-front.breachKm);
  });
});

describe('breaches strain a signed deal', () => {
  const hostile = (reopenAfterSerious: number | undefined) =>
    withTalks((n) => ({
      ...n,
      implementation: {
        ...n.implementation!,
        violators: ['russia'],
        baseRisk: 1,
        seriousShare: 1,
        baseDetection: 1,
        detection: [],
        reopenAfterSerious,
      },
    }));

  it('at the threshold of detected serious breaches the talks reopen; the front moves again', () => {
    const signed = signedAtTable(hostile(2));
    const first = playLogged(signed, 1);
    expect(first.events.some((e) => e.type === 'negotiationReopened')).toBe(false);
    expect(talksView(first.state, 'ukraine').implementation).toMatchObject({
      seriousBreaches: 1,
      reopenAfter: 2,
    });
    const second = playLogged(first.state, 1);
    const reopened = second.events.find((e) => e.type === 'negotiationReopened');
    expect(reopened).toMatchObject({ seriousBreaches: 2 });
    const talks = second.state.negotiation!;
    expect(statusOf(negotiation, talks, second.state.clock.time)).toBe('open');
    expect(talks.signatures).toEqual([]);
    expect(talks.clauses).toEqual(COMPROMISE);
    expect(talksView(second.state, 'eu').reopenings).toEqual([{ turn: 2, gameTime: reopened!.gameTime }]);
    // Open again: the text may change, and the next turn is fought.
    run(advanceTo(second.state, 'consultation'), 'us', {
      type: 'amendClause',
      issueId: 'dmz-width',
      optionId: 'dmz-40km',
    });
    const third = playLogged(second.state, 1);
    expect(
      third.events.filter((e) => e.type === 'frontMoved').map((e) => e.type === 'frontMoved' && e.cause),
    ).toEqual(['fighting']);
    expect(third.events.some((e) => e.type === 'ceasefireViolation' || e.type === 'ceasefireHeld')).toBe(
      false,
    );
  });

  it('without a threshold breaches never reopen the talks', () => {
    const state = playLogged(signedAtTable(hostile(undefined)), 4);
    expect(state.events.some((e) => e.type === 'negotiationReopened')).toBe(false);
    expect(state.state.negotiation!.signedAt).not.toBeNull();
    expect(talksView(state.state, 'ukraine').implementation!.reopenAfter).toBeNull();
  });
});

describe('defence-spending paths and the two-tier meter', () => {
  const ally = (id: string) => spending.allies.find((a) => a.id === id)!;

  it('at pace 1 an ally arrives at 3.5 % in 2035 along a straight path; nobody falls or overshoots', () => {
    let level = 2;
    for (let turn = 0; turn < 20; turn++) {
      const year = spendingYear(spending, turn);
      level = nextLevel(spending, { ...ally('france'), willingness: 1 }, level, year, 1);
      expect(level).toBeCloseTo(haguePath(spending, spendingYear(spending, turn + 1)), 2);
    }
    expect(level).toBe(3.5);
    expect(nextLevel(spending, ally('poland'), 4.48, 2025, 2)).toBe(4.48);
    // Spain's side deal: 2.1, not 3.5.
    expect(nextLevel(spending, ally('spain'), 2.09, 2034, 2)).toBe(2.1);
  });

  it('each turn advances the spending clock by six months; the history records levels and the meter', () => {
    const state = playTurns(atTable(), 4);
    const last = state.negotiation!.history.at(-1)!.spending!;
    expect(last.year).toBe(2027);
    expect(last.levels['france']).toBeGreaterThan(ally('france').start);
    expect(last.levels['poland']).toBe(4.48);
    expect(last.twoTier).toBe(twoTierOf(spending, last.levels, 2027));
    const view = talksView(state, 'turkey').spending!;
    expect(view.year).toBe(2027);
    expect(view.path).toBe(haguePath(spending, 2027));
    expect(view.allies.find((a) => a.id === 'poland')).toMatchObject({ level: 4.48, onTrack: true });
  });

  it('burden shifting to Europe speeds the Europeans up; the US pace is its own', () => {
    const quiet = withTalks((n) => ({ ...n, spending: { ...n.spending!, moves: [] } }));
    const before = willingnessOf(negotiation, spending, ally('france'), []);
    const after = willingnessOf(negotiation, spending, ally('france'), [{ injectId: 'hague-burden' }]);
    expect(after).toBeGreaterThan(before);
    expect(willingnessOf(negotiation, spending, ally('us'), [{ injectId: 'us-posture-review' }])).toBe(
      willingnessOf(negotiation, spending, ally('us'), []),
    );
    const calm = playTurns(atTable(quiet), 6);
    const pushed = playTurns(
      run(atTable(quiet), 'control', { type: 'fireInject', injectId: 'hague-burden' }),
      6,
    );
    const france = (s: ExerciseState) => s.negotiation!.spending!.levels['france']!;
    expect(france(pushed)).toBeGreaterThan(france(calm));
  });

  it('injects move an ally’s willingness: Washington’s review spurs Berlin', () => {
    const before = willingnessOf(negotiation, spending, ally('germany'), []);
    const after = willingnessOf(negotiation, spending, ally('germany'), [{ injectId: 'us-posture-review' }]);
    // 0.2 by the inject, 0.5 × the 0.3 rise of US retrenchment.
    expect(after).toBeCloseTo(before + 0.2 + 0.15, 6);
  });

  it('the two-tier meter stays within 0–1; 0 with everyone on one side, 1 for an even split at the extremes', () => {
    const ids = spending.allies.map((a) => a.id);
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 15, noNaN: true }), {
          minLength: ids.length,
          maxLength: ids.length,
        }),
        fc.double({ min: 2000, max: 2100, noNaN: true }),
        (values, year) => {
          const levels = Object.fromEntries(ids.map((id, i) => [id, values[i]!]));
          const meter = twoTierOf(spending, levels, year);
          expect(meter).toBeGreaterThanOrEqual(0);
          expect(meter).toBeLessThanOrEqual(1);
        },
      ),
      { numRuns: 200, seed: 3 },
    );
    const all = (level: number) => Object.fromEntries(ids.map((id) => [id, level]));
    expect(twoTierOf(spending, all(2), 2025)).toBe(0);
    expect(twoTierOf(spending, all(2.2), 2030)).toBe(0);
    const two = { ...spending, allies: [ally('poland'), ally('spain')] };
    expect(twoTierOf(two, { poland: 3.5, spain: 2 }, 2035)).toBe(1);
    expect(twoTierOf(two, { poland: 3.5, spain: 2.75 }, 2035)).toBe(0.5);
  });
});

describe('alliance cohesion', () => {
  const rules = negotiation.cohesion!;

  it('each adjudication moves cohesion part of the way toward base − weight × the two-tier meter', () => {
    let state = atTable();
    const start = state.measures.cohesion;
    for (let turn = 0; turn < 4; turn++) {
      const before = state.measures.cohesion;
      state = playTurns(state, 1);
      const moved = state.negotiation!.history.at(-1)!.spending!.twoTier;
      const level = rules.base - rules.twoTierWeight * moved;
      const expected = Math.round((before + rules.pace * (level - before)) * 10) / 10;
      expect(state.measures.cohesion).toBe(expected);
    }
    expect(state.measures.cohesion).not.toBe(start);
    // The move rides in an event of the log, with what set it.
    const logged = playLogged(state, 1);
    const moved = logged.events.find((e) => e.type === 'allianceCohesionMoved');
    expect(moved).toMatchObject({ from: state.measures.cohesion, to: logged.state.measures.cohesion });
    expect(moved).toHaveProperty('blockedClauses', 0);
  });

  it('a wider two-tier split means lower cohesion; without cohesion rules it never moves', () => {
    const split = withTalks((n) => ({ ...n, cohesion: { ...rules, twoTierWeight: 90 } }));
    const apart = playTurns(atTable(split), 4).measures.cohesion;
    const together = playTurns(
      atTable(withTalks((n) => ({ ...n, cohesion: { ...rules, twoTierWeight: 0 } }))),
      4,
    ).measures.cohesion;
    expect(apart).toBeLessThan(together);
    const none = withTalks((n) => ({ ...n, cohesion: undefined }));
    const still = atTable(none);
    expect(playTurns(still, 3).measures.cohesion).toBe(still.measures.cohesion);
  });
});

describe('replay and secrecy', () => {
  it('a log with the front, spending and a reopened deal replays to the same state', () => {
    const s = withTalks((n) => ({
      ...n,
      implementation: {
        ...n.implementation!,
        baseRisk: 0.6,
        seriousShare: 1,
        baseDetection: 1,
        detection: [],
        reopenAfterSerious: 1,
      },
    }));
    const first = createdWith(s, 11);
    const log: GameEvent[] = [first];
    let state = initialState(first);
    const apply = (seatId: string, command: Parameters<typeof runLogged>[2]) => {
      const step = runLogged(state, seatId, command);
      log.push(...step.events);
      state = step.state;
    };
    for (const party of PARTIES) {
      const claim: GameEvent = {
        type: 'seatClaimed',
        seatId: party,
        displayName: party,
        tokenHash: `hash-${party}`,
        at: WALL_START,
      };
      log.push(claim);
      state = evolve(state, claim);
    }
    apply('control', { type: 'startExercise' });
    apply('control', { type: 'advancePhase' });
    apply('us', { type: 'proposeDraft', clauses: COMPROMISE });
    const signed: GameEvent = {
      type: 'negotiationDealSigned',
      revision: 1,
      gameTime: state.clock.time,
      at: WALL_START,
    };
    log.push(signed);
    state = evolve(state, signed);
    for (let i = 0; i < 24; i++) apply('control', { type: 'advancePhase' });
    const types = new Set(log.map((e) => e.type));
    for (const type of ['frontMoved', 'spendingMoved', 'negotiationReopened'] as const)
      expect(types).toContain(type);
    expect(replay(log)).toEqual(state);
    // The review charts leverage and the two-tier meter turn by turn, as the history recorded them.
    const series = measuresSeries(log);
    const chart = measureCharts(series).find((c) => c.id === 'worldMeters')!;
    expect(chart.series.map((s) => s.label)).toEqual(['Leverage', 'Two-tier']);
    const history = state.negotiation!.history;
    expect(series.slice(1).map((p) => p.leverage)).toEqual(history.map((m) => m.leverage));
    expect(series.slice(1).map((p) => p.twoTier)).toEqual(history.map((m) => m.spending!.twoTier));
  });

  it('every seat sees the same front, leverage and spending; leverage-moved priorities stay secret', () => {
    const state = playTurns(atTable(), 5);
    const ukraine = talksView(state, 'ukraine');
    for (const seatId of ['russia', 'us', 'poland', 'observer', 'control']) {
      const view = viewFor(
        state,
        seatId === 'control' ? { seatId: null, isControl: true } : actorFor(state, seatId),
        presence,
      ).negotiation;
      if (seatId === 'observer') continue;
      expect(view!.front).toEqual(ukraine.front);
      expect(view!.spending).toEqual(ukraine.spending);
    }
    const own = ukraine.own!.priorities['line-of-contact']!['freeze-current-line']!;
    const russia = JSON.stringify(talksView(state, 'russia'));
    expect(russia).not.toContain(`"freeze-current-line":${own}`);
  });
});

describe('the scenario check', () => {
  it('refuses front and spending entries naming unknown parties, currents, injects, options or allies', () => {
    const bad = structuredClone(raw) as {
      negotiation: {
        front: {
          attacker: string;
          leverage: { currents: { current: string }[]; shifts: { option: string }[] };
        };
        spending: {
          paceShifts: { allies?: string[] }[];
          moves: { inject: string; ally: string }[];
          targetYear: number;
        };
      };
    };
    bad.negotiation.front.attacker = 'atlantis';
    bad.negotiation.front.leverage.currents[0]!.current = 'no-current';
    bad.negotiation.front.leverage.shifts[0]!.option = 'moon-base';
    bad.negotiation.spending.paceShifts[1]!.allies = ['narnia'];
    bad.negotiation.spending.moves[0]!.inject = 'no-inject';
    bad.negotiation.spending.moves[1]!.ally = 'narnia';
    bad.negotiation.spending.targetYear = 2020;
    const result = parseScenario(bad);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems.map((p) => p.path)).toEqual(
        expect.arrayContaining([
          '$.negotiation.front.attacker',
          '$.negotiation.front.leverage.currents[0].current',
          '$.negotiation.front.leverage.shifts[0].option',
          '$.negotiation.spending.paceShifts[1].allies[0]',
          '$.negotiation.spending.moves[0].inject',
          '$.negotiation.spending.moves[1].ally',
          '$.negotiation.spending.targetYear',
        ]),
      );
  });
});
