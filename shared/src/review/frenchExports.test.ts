// Exports follow the language Control chose (issue 16, item 2): the adjudications table and the
// printable report word the rules' rulings in French, the log itself keeps its recorded sentences.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GameEvent } from '../engine/events';
import { reviewTables } from './exports';
import { reportHtml } from './report';

const golden = JSON.parse(
  readFileSync(new URL('../../../tests/replays/baltic-vjtf.golden.json', import.meta.url), 'utf8'),
) as { events: GameEvent[] };

const adjudications = (locale: 'en' | 'fr') =>
  reviewTables(golden.events, locale).find((t) => t.name === 'adjudications')!;

describe('the adjudications in the language of the export', () => {
  it('words combat and readiness rolls in French, naming places in French', () => {
    const rows = adjudications('fr').rows;
    const combat = rows.filter((r) => r[1] === 'combatResolved');
    expect(combat.length).toBeGreaterThan(10);
    for (const row of combat) expect(String(row[5])).toMatch(/attaque .+ : .+ contre .+ ; dé \d/);
    const ready = rows.filter((r) => r[1] === 'readinessRolled');
    for (const row of ready) expect(String(row[5])).toMatch(/^Préavis de mouvement de /);
    // A halt's reason code is worded too.
    for (const row of rows.filter((r) => r[1] === 'unitHalted'))
      expect(String(row[5])).not.toMatch(/[A-Z]|route cut/);
  });

  it('keeps the recorded English sentence in an English export', () => {
    const rows = adjudications('en').rows.filter((r) => r[1] === 'combatResolved');
    const recorded = golden.events.flatMap((e) => (e.type === 'combatResolved' ? [e.explanation] : []));
    expect(rows.map((r) => r[5])).toEqual(recorded);
  });

  it('prints the report’s adjudications in French', () => {
    const html = reportHtml(golden.events, { generatedAt: '2027-01-01T00:00:00Z', locale: 'fr' });
    const section = html.slice(html.indexOf('Arbitrages et décisions'));
    expect(section).toContain('Le camp rouge attaque');
    expect(section).toContain('<th scope="col">Par</th>');
    expect(section).not.toMatch(/ attacks | against |defender falls back|the defence holds|>rules</);
  });
});

describe('the timeline in French', () => {
  it('labels every moment in French, names in French, no English sentence', async () => {
    const { timeline } = await import('./timeline');
    const labels = timeline(golden.events, 'fr').map((e) => e.label);
    expect(labels).toContain('Début du tour 1');
    expect(labels.some((l) => /^Tour 1 : phase de consultation$/.test(l))).toBe(true);
    const english =
      /\b(started|adjudicated|phase$|tabled|adopted by|Message from|Exercise|Turn|unit|combat resolved)\b/;
    expect(labels.filter((l) => english.test(l))).toEqual([]);
    // The English timeline is as it was.
    expect(timeline(golden.events).map((e) => e.label)).toContain('Turn 1 started');
  });
});

describe('the printable report in French', () => {
  it('labels its key moments, the session and the decisions in French', () => {
    const html = reportHtml(golden.events, { generatedAt: '2027-01-01T00:00:00Z', locale: 'fr' });
    expect(html).toContain('Début du tour 1');
    expect(html).not.toMatch(/Turn \d started|Exercise started|adopted by/);
    expect(html).not.toMatch(/état (running|ended|paused)/);
  });
});

describe('every kind of event in French', () => {
  it('names each event type the timeline may spell out in French', async () => {
    const { eventLabel } = await import('./eventLabel');
    const types = [
      'movesSubmitted',
      'negotiationDraftProposed',
      'negotiationDealSigned',
      'frontMoved',
      'ceasefireViolation',
      'unitDeparted',
      'silenceStarted',
      'turnStepChanged',
    ];
    for (const type of types) {
      const label = eventLabel({ type } as unknown as GameEvent, undefined, undefined, 'fr');
      expect(label, type).not.toMatch(/[a-z] [a-z]+ed\b|negotiation|\bmoves\b|ceasefire|\bunits? /i);
    }
  });
});
