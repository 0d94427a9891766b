/// <reference types="node" />
// The review's words about events name things as the scenario does, never by id, and say who did
// what when it was not the seat's player: Control ("set by Control", "Control's inject", "Control
// overrode") or a bot ("by bot"). The same words reach the printable report and the exports.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GameEvent } from '../engine/events';
import { adjudicationsSheet } from './tables';
import { idLikeTokens, scenarioIds } from './idLike';
import { kahnRungText, ladderRungOfKahn } from './ladder';
import { reportHtml } from './report';
import { timeline } from './timeline';

const golden = JSON.parse(
  readFileSync(new URL('../../../tests/replays/baltic-vjtf.golden.json', import.meta.url), 'utf8'),
) as { events: GameEvent[] };
const events = golden.events;
const created = events[0]!;
if (created.type !== 'exerciseCreated') throw new Error('the golden log starts with exerciseCreated');
const known = scenarioIds(created.scenario);
const AT = '2026-11-23T12:00:00.000Z';
const GAME = '2027-03-03T06:00:00.000Z';

/** Control's and bots' hands in a log: an override, an ad-hoc inject, a bot's stand and message. */
const authored = [
  {
    type: 'resultOverridden',
    target: { kind: 'position', draftId: 'd1', allyId: 'hun', position: 'support' },
    previous: 'object',
    rationale: 'The White cell judged Budapest would not block.',
    turn: 2,
    gameTime: GAME,
    at: AT,
  },
  {
    type: 'positionTaken',
    draftId: 'd1',
    allyId: 'hun',
    position: 'support',
    text: null,
    source: 'control',
    gameTime: GAME,
    reviewAt: null,
    roll: null,
    rng: null,
    at: AT,
  },
  {
    type: 'adHocInjectFired',
    injectId: 'adhoc-1',
    title: 'Cable from Tallinn',
    body: 'Jamming near Narva.',
    audience: 'public',
    effects: [],
    turn: 2,
    gameTime: GAME,
    at: AT,
  },
  { type: 'seatHandedToBot', seatId: 'tur', at: AT },
  {
    type: 'positionTaken',
    draftId: 'd2',
    allyId: 'tur',
    position: 'object',
    text: null,
    source: 'delegation',
    gameTime: GAME,
    reviewAt: null,
    roll: null,
    rng: null,
    at: AT,
  },
] as unknown as GameEvent[];

describe('the review’s words about events', () => {
  it('name every seat, ally, item, inject, unit, place and rung of a whole exercise, never its id', () => {
    const bad = timeline([...events, ...authored]).flatMap((e) =>
      idLikeTokens(e.label, known).map((token) => `${e.seq} ${e.type}: "${token}" in "${e.label}"`),
    );
    expect(bad).toEqual([]);
  });

  it('say who set a position, fired an inject or moved for a seat: Control or a bot', () => {
    const labels = timeline([...events, ...authored])
      .slice(events.length)
      .map((e) => e.label);
    expect(labels).toEqual([
      'Control overrode Hungary on draft 1: object → support',
      'Hungary: support on draft 1 (set by Control)',
      "Control's ad-hoc inject: Cable from Tallinn",
      'Control handed Türkiye to a bot',
      'Türkiye: object on draft 2 (by bot)',
    ]);
  });

  it('put the author of every ruling in the adjudications export and the printable report', () => {
    const table = adjudicationsSheet([...events, ...authored]);
    expect(table.header.at(-1)).toBe('by');
    const override = table.rows.find((r) => r[1] === 'resultOverridden')!;
    expect(override[4]).toBe('Hungary on draft 1: object → support');
    expect(override.at(-1)).toBe('Control');
    expect(table.rows.filter((r) => r[1] === 'combatResolved').every((r) => r.at(-1) === 'rules')).toBe(true);
    const html = reportHtml([...events, ...authored], { generatedAt: AT });
    expect(html).toContain('Control overrode Hungary');
    expect(html).toContain('Control handed Türkiye to a bot');
    expect(html).not.toMatch(/largeConventionalWar|hybridPressure|showOfForce/);
  });

  it('read the Kahn measure on the map’s ladder: one scale', () => {
    expect(ladderRungOfKahn(0)).toBe('peacetime');
    expect(ladderRungOfKahn(4)).toBe('showOfForce');
    expect(ladderRungOfKahn(13)).toBe('largeConventionalWar');
    expect(ladderRungOfKahn(44)).toBe('limitedNuclearWar');
    expect(kahnRungText(4)).toBe('Show of force and mobilisation (Kahn rung 4)');
  });
});
