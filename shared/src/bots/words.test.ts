// Words players can read (ADR 0019): what bots and the capitals nobody plays put on the record
// names drafts and items by their titles and allies by their names, never by a raw id, and each
// stand the rules worded carries a phrase code every reader's client words in its own language.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { phraseFor } from '../council/phrases';
import type { GameEvent } from '../engine/events';
import type { ExerciseState } from '../engine/state';
import { freshExercise, scenarioOf, SCENARIO_FILES } from './fixtures';
import { playOnLogged } from './playOn';
import { inEnglish } from '../scenario/text';

const loadScenario = (file: string) =>
  scenarioOf(readFileSync(new URL(`../../../scenarios/${file}.json`, import.meta.url), 'utf8'));

/** Every id a reader should never see in prose: drafts (d1, d2 …), catalogue items, seats, issues, options. */
function rawIds(state: ExerciseState): RegExp {
  const ids = [
    ...state.scenario.catalogue.map((i) => i.id),
    ...state.scenario.seats.map((s) => s.id),
    ...(state.scenario.negotiation?.issues.flatMap((i) => [i.id, ...i.options.map((o) => o.id)]) ?? []),
  ].filter((id) => /[-\d]/.test(id) || id.length > 3);
  const escaped = ids.map((id) => id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(
    `\\bd\\d+\\b|\\b(${escaped.join('|')})\\b|\\b(object|supportWithReservation|requestAmendment)\\b`,
  );
}

/** The prose the rules and the bots put on the record in a run. */
function prose(events: readonly GameEvent[]): { text: string; event: GameEvent }[] {
  return events.flatMap((event): { text: string; event: GameEvent }[] => {
    if (event.type === 'positionTaken' && event.text) return [{ text: event.text, event }];
    if (event.type === 'negotiationWalkedOut' && event.reason) return [{ text: event.reason, event }];
    if (event.type === 'draftTabled') return [{ text: inEnglish(event.text), event }];
    return [];
  });
}

describe('the words bots and capitals put on the record', () => {
  it.each(SCENARIO_FILES)(
    '%s: no raw id in any position, draft or walk-out a bot or capital wrote',
    (file) => {
      for (const seed of [1, 2]) {
        const start = freshExercise(loadScenario(file), seed);
        const { events, state } = playOnLogged(start, { seed, turns: 3 });
        const pattern = rawIds(state);
        const written = prose(events);
        expect(written.length, `${file} seed ${seed}`).toBeGreaterThan(0);
        for (const { text, event } of written) {
          expect(text, `${file} seed ${seed}: ${event.type}`).not.toMatch(pattern);
        }
        // Each stand the rules or a bot worded carries its phrase, for readers' clients to word.
        for (const event of events) {
          if (event.type !== 'positionTaken' || event.position === 'support') continue;
          expect(event.phrase, `${file} seed ${seed}: ${event.allyId}`).toBe(phraseFor(event.position));
        }
      }
    },
  );

  it.each(SCENARIO_FILES)(
    '%s: every message a bot posts is a set line kept in both languages, never an id',
    (file) => {
      let posted = 0;
      for (const seed of [1, 2, 3]) {
        const start = freshExercise(loadScenario(file), seed);
        const { events, state } = playOnLogged(start, { seed, turns: 3 });
        const pattern = rawIds(state);
        for (const event of events) {
          if (event.type !== 'messagePosted') continue;
          posted++;
          expect(event.line, `${file} seed ${seed}: ${event.body}`).toBeDefined();
          expect(event.line!.en).toBe(event.body);
          expect(event.line!.fr.length).toBeGreaterThan(0);
          expect(event.body).not.toMatch(pattern);
          expect(event.body).not.toMatch(/^Message to /);
        }
      }
      expect(posted, file).toBeGreaterThan(0);
    },
  );
});
