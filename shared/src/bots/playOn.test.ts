/// <reference types="node" />
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crosses } from '../negotiation/measures';
import type { GameEvent } from '../engine/events';
import { evolve, replay } from '../engine/evolve';
import type { ExerciseState } from '../engine/state';
import { createdFor, freshExercise, scenarioOf, SCENARIO_FILES } from './fixtures';
import { playOn, playOnLogged } from './playOn';

/** A scenario file of the repository (Node is allowed in tests). */
const loadScenario = (file: string) =>
  scenarioOf(readFileSync(new URL(`../../../scenarios/${file}.json`, import.meta.url), 'utf8'));

/** Replays the run event by event, checking no party ever initials or signs across its own red line. */
function checkRedLines(start: ExerciseState, events: readonly GameEvent[]): number {
  const scenario = start.scenario.negotiation;
  let state = start;
  let checked = 0;
  for (const e of events) {
    if (scenario && (e.type === 'negotiationClauseInitialled' || e.type === 'negotiationDraftSigned')) {
      const party = scenario.parties.find((p) => p.seat === e.party)!;
      const issues =
        e.type === 'negotiationClauseInitialled' ? [e.issueId] : Object.keys(state.negotiation!.clauses);
      for (const issue of issues) {
        const option = state.negotiation!.clauses[issue]!;
        for (const line of party.redLines.filter((l) => l.issue === issue)) {
          expect(crosses(scenario, line, option), `${e.party} ${e.type} ${issue}=${option}`).toBe(false);
        }
        checked++;
      }
    }
    state = evolve(state, e);
  }
  return checked;
}

describe('playOn: bots in every seat', () => {
  for (const file of SCENARIO_FILES) {
    const scenario = loadScenario(file);
    const turns = file === 'baltic-tripwire' ? 2 : 4;

    it(`${file}: plays ${turns} turns without a refusal, respects red lines, and replays`, () => {
      const seen: { events: number; kinds: Set<string>; initials: number }[] = [];
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 2 ** 31 }), (seed) => {
          const start = freshExercise(scenario, seed);
          // playOnLogged throws on any command the rules refuse.
          const { state, events } = playOnLogged(start, { seed, turns });
          expect(state.clock.turn).toBe(turns + 1);
          expect(replay([createdFor(scenario, seed), ...events])).toEqual(state);
          const initials = checkRedLines(start, events);
          seen.push({ events: events.length, kinds: new Set(events.map((e) => e.type)), initials });
        }),
        { numRuns: file === 'baltic-tripwire' ? 3 : 8 },
      );
      // The bots do the seats' business, not only the clocks.
      const all = new Set(seen.flatMap((s) => [...s.kinds]));
      if (file === 'baltic-tripwire') {
        for (const kind of [
          'draftTabled',
          'positionTaken',
          'unitAlerted',
          'movementOrdered',
          'movesSubmitted',
        ])
          expect(all, kind).toContain(kind);
      } else {
        for (const kind of [
          'negotiationDraftProposed',
          'negotiationClauseAmended',
          'negotiationClauseInitialled',
        ])
          expect(all, kind).toContain(kind);
        expect(seen.some((s) => s.initials > 0)).toBe(true);
      }
    }, 120_000);

    it(`${file}: the same seed plays the same game; another seed another`, () => {
      const start = freshExercise(scenario, 5);
      const a = playOnLogged(start, { seed: 7, turns: 1 });
      const b = playOnLogged(start, { seed: 7, turns: 1 });
      const c = playOnLogged(start, { seed: 8, turns: 1 });
      expect(b.events).toEqual(a.events);
      expect(c.events).not.toEqual(a.events);
      expect(playOn(start, { seed: 7, turns: 1 })).toEqual(a.state);
    }, 60_000);
  }

  it('starts from a state in play and leaves Control and observers alone', () => {
    const scenario = loadScenario('ukraine-ceasefire');
    const first = playOn(freshExercise(scenario), { seed: 1, turns: 1 });
    const { state, events } = playOnLogged(first, { seed: 2, turns: 1 });
    expect(state.clock.turn).toBe(first.clock.turn + 1);
    expect(state.seats.observer).toBeUndefined();
    expect(first.seats.russia?.bot).toBe(true);
    // Nothing a bot sends carries the observer's or Control's seat.
    const bySeat = events.flatMap((e) => ('seatId' in e ? [e.seatId] : 'party' in e ? [e.party] : []));
    expect(bySeat).not.toContain('observer');
    expect(bySeat).not.toContain('control');
  }, 60_000);
});
