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

describe('the printable report’s charts, rungs, history and overrides in French', () => {
  const at = '2027-01-01T00:00:00Z';
  const stamp = {
    rationale: 'La cellule blanche a tranché.',
    turn: 5,
    gameTime: '2027-03-05T06:00:00.000Z',
    at,
  };
  const overrides = [
    {
      type: 'resultOverridden',
      target: { kind: 'unitStrength', unitId: 'est-1-bde', strength: 65 },
      previous: 100,
    },
    {
      type: 'resultOverridden',
      target: { kind: 'placeControl', placeId: 'tallinn', side: 'blue' },
      previous: 'red',
    },
    { type: 'resultOverridden', target: { kind: 'measure', measure: 'cohesion', value: 55 }, previous: 61 },
    {
      type: 'resultOverridden',
      target: { kind: 'position', draftId: 'd1', allyId: 'hun', position: 'support' },
      previous: null,
    },
  ].map((o) => ({ ...o, ...stamp }) as unknown as GameEvent);
  const events = [...golden.events, ...overrides];
  const html = reportHtml(events, { generatedAt: at, locale: 'fr' });

  it('titles its charts, their units and series in French', () => {
    expect(html).toContain('<figcaption>Cohésion de l’Alliance (0–100)</figcaption>');
    expect(html).toContain('(échelon de Kahn 0–44)');
    expect(html).toContain('% du théâtre');
    expect(html).toMatch(/Conseil : [\d,]+ à la fin/);
    expect(html).not.toMatch(
      /Alliance cohesion|Escalation rung|% of the theatre|at the end|>Council<|>Theatre</,
    );
  });

  it('names the escalation rung and the Kahn measure in French', () => {
    expect(html).toMatch(/<td>Confrontation militaire spectaculaire \(échelon 10 de Kahn\)<\/td>/);
    expect(html).toContain('<td>Guerre conventionnelle majeure</td>');
    expect(html).not.toMatch(/Kahn rung|Large conventional war|Show of force/);
  });

  it('writes the assumptions’ ranges the French way, with French units', () => {
    const table = html.slice(
      html.indexOf('id="assumptions"'),
      html.indexOf('</table>', html.indexOf('id="assumptions"')),
    );
    expect(table).toContain('<td>0 j – 60 j</td>');
    expect(table).toContain('<td>0,5 × – 1,2 ×</td>');
    expect(table).not.toMatch(/\d d\b|0\.5/);
  });

  it('sets the Council’s latency beside the history in French', () => {
    expect(html).toContain('Libye 2011 : environ 2 semaines');
    expect(html).toContain('×11-Septembre · ×Libye · ×Turquie');
    expect(html).not.toMatch(/Libya|Turkey|9\/11/);
  });

  it('words what an override set aside and what it set in French', () => {
    const subjects = reviewTables(events, 'fr')
      .find((t) => t.name === 'adjudications')!
      .rows.filter((r) => r[1] === 'resultOverridden')
      .map((r) => String(r[4]));
    expect(subjects).toEqual([
      'effectif de 1re brigade d’infanterie estonienne : 100 → 65',
      'Tallinn tenu par : le camp rouge → l’OTAN',
      'Cohésion de l’Alliance : 61 → 55',
      expect.stringMatching(/projet 1\) : aucun → soutien$/),
    ]);
    expect(html).not.toMatch(/ strength: | held by: |cohesion: |: none → /);
    // The English export words them as before.
    const english = reviewTables(events, 'en')
      .find((t) => t.name === 'adjudications')!
      .rows.filter((r) => r[1] === 'resultOverridden')
      .map((r) => String(r[4]));
    expect(english).toEqual([
      'Estonian 1st Infantry Brigade strength: 100 → 65',
      'Tallinn held by: red → blue',
      'cohesion: 61 → 55',
      expect.stringMatching(/on draft 1: none → support$/),
    ]);
  });
});

describe('the code columns worded beside the codes in a French export', () => {
  const at = '2027-01-01T00:00:00Z';
  const combatSeq = golden.events.findIndex((e) => e.type === 'combatResolved');
  const events = [
    ...golden.events,
    { type: 'momentTagged', tagId: 't1', seq: combatSeq, kind: 'surprise', note: 'Narva', by: 'est', at },
    { type: 'momentTagged', tagId: 't2', seq: 2, kind: 'other', note: 'début', by: null, at },
    {
      type: 'resultOverridden',
      target: { kind: 'measure', measure: 'cohesion', value: 55 },
      previous: 61,
      rationale: 'La cellule blanche a tranché.',
      turn: 5,
      gameTime: '2027-03-05T06:00:00.000Z',
      at,
    },
  ] as unknown as GameEvent[];
  const table = (locale: 'en' | 'fr', name: string) =>
    reviewTables(events, locale).find((t) => t.name === name)!;

  it('keeps the adjudications’ type and by codes and words them in two more columns', () => {
    const fr = table('fr', 'adjudications');
    expect(fr.header).toEqual([
      'seq',
      'type',
      'gameTime',
      'at',
      'subject',
      'explanation',
      'by',
      'typeLabel',
      'byLabel',
    ]);
    const combat = fr.rows.find((r) => r[1] === 'combatResolved')!;
    expect([combat[6], combat[7], combat[8]]).toEqual(['rules', 'Combat', 'règles']);
    const override = fr.rows.find((r) => r[1] === 'resultOverridden')!;
    expect([override[6], override[7], override[8]]).toEqual(['Control', 'Décision du contrôle', 'Control']);
    for (const row of fr.rows) {
      expect(String(row[7]), String(row[1])).not.toMatch(/[a-z][A-Z]|(^| )(unit|halted|roll|ruling)( |$)/);
      expect(row[7]).not.toBe(row[1]);
    }
    // The English export is as it was.
    expect(table('en', 'adjudications').header.at(-1)).toBe('by');
  });

  it('keeps the tags’ event type and seat codes and words them in two more columns', () => {
    const fr = table('fr', 'tags');
    expect(fr.header.slice(-2)).toEqual(['eventTypeLabel', 'byLabel']);
    expect(fr.rows.map((r) => [r[2], r[5], r[7], r[8]])).toEqual([
      ['combatResolved', 'est', 'combat', 'Estonie'],
      ['turnStarted', null, 'début de tour', 'Control'],
    ]);
    expect(table('en', 'tags').header).toEqual(['id', 'seq', 'eventType', 'kind', 'note', 'by', 'at']);
  });

  it('keeps the decisions’ comparison, route and seat codes and words them at the end, in both languages', () => {
    const codes = ['adoptedVia', 'comparison', 'raisedBy'] as const;
    const labels = ['comparisonLabel', 'adoptedViaLabel', 'raisedByLabel'];
    for (const locale of ['en', 'fr'] as const) {
      const sheet = table(locale, 'decisions');
      expect(sheet.header.slice(-3)).toEqual(labels);
      expect(sheet.header.slice(0, 14)).toContain('comparison');
      const at = (name: string) => sheet.header.indexOf(name);
      const vjtf = sheet.rows.find((r) => r[0] === 'deploy-vjtf')!;
      expect(codes.map((c) => vjtf[at(c)])).not.toContain(undefined);
      for (const row of sheet.rows) {
        for (const code of codes) {
          const label = row[at(`${code}Label`)];
          if (row[at(code)] === null) expect(label).toBeNull();
          else if (code === 'adoptedVia') expect(label).toEqual(expect.any(String));
          else expect(label, `${code} ${String(row[at(code)])}`).not.toBe(row[at(code)]);
        }
      }
    }
    const vjtf = (locale: 'en' | 'fr') => {
      const sheet = table(locale, 'decisions');
      const row = sheet.rows.find((r) => r[0] === 'deploy-vjtf')!;
      return labels.map((l) => row[sheet.header.indexOf(l)]);
    };
    expect(vjtf('fr')[0]).toMatch(/^(plus rapide|comme|entre|plus lent)/);
    expect(vjtf('en')[0]).toMatch(/^(faster|like|between|slower)/);
  });
});
