/// <reference types="node" />
// Node is allowed in tests: they read the golden Baltic log from disk.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evolve, initialState, replay } from '../engine/evolve';
import type { GameEvent, SeatClaimed } from '../engine/events';
import type { ExerciseState } from '../engine/state';
import { csvField, toCsv } from './csv';
import { compareLatency, decisionsTable } from './decisions';
import { decisionsCsv, exportJson, measuresCsv, messagesCsv } from './exports';
import { measuresSeries } from './measures';
import { stateAt, statesOf, timeline } from './timeline';

const golden = JSON.parse(
  readFileSync(new URL('../../../tests/replays/baltic-vjtf.golden.json', import.meta.url), 'utf8'),
) as { events: GameEvent[] };
const events = golden.events;

const HASH = 'f'.repeat(16) + 'c0ffee' + 'a'.repeat(42);
const claim: SeatClaimed = {
  type: 'seatClaimed',
  seatId: 'est',
  displayName: 'Kaja, "the, chair"',
  tokenHash: HASH,
  at: '2026-11-23T09:01:00.000Z',
};
/** The golden log with a seat claimed first: the golden script plays seats without claiming them. */
const withClaim: GameEvent[] = [events[0]!, claim, ...events.slice(1)];

/** Parses RFC 4180 CSV (enough for the tests: quoted fields, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

describe('timeline and stateAt', () => {
  it('lists every event with its seq, type and times', () => {
    const entries = timeline(events);
    expect(entries).toHaveLength(events.length);
    entries.forEach((entry, seq) => {
      expect(entry.seq).toBe(seq);
      expect(entry.type).toBe(events[seq]!.type);
      expect(entry.label.length).toBeGreaterThan(0);
    });
    const adopted = entries.find((e) => e.type === 'draftAdopted')!;
    expect(adopted.gameTime).toBe('2027-03-04T04:53:00.000Z');
    expect(adopted.at).toMatch(/^2026-11-23T/);
    expect(adopted.label).toContain('consensus');
    // Forces events carry hours; the timeline gives them a game time too.
    const incursion = entries.find((e) => e.type === 'incursionBegan')!;
    expect(incursion.gameTime).toBe('2027-03-05T06:00:00.000Z');
  });

  it('replaying the prefix at every turn boundary equals evolving step by step', () => {
    let state: ExerciseState = initialState(events[0] as Extract<GameEvent, { type: 'exerciseCreated' }>);
    const boundaries: number[] = [];
    events.slice(1).forEach((event, i) => {
      state = evolve(state, event);
      const seq = i + 1;
      if (event.type === 'turnStarted' || event.type === 'gameClockAdvanced') {
        boundaries.push(seq);
        expect(stateAt(events, seq)).toEqual(state);
      }
    });
    expect(boundaries.length).toBeGreaterThanOrEqual(18);
    expect(stateAt(events, events.length - 1)).toEqual(replay(events));
    expect(stateAt(events, 10_000)).toEqual(replay(events));
    expect(stateAt(events, 0).seq).toBe(1);
  });

  it('statesOf gives the same states as stateAt', () => {
    const states = statesOf(events);
    expect(states).toHaveLength(events.length);
    for (const seq of [0, 5, 100, events.length - 1]) expect(states[seq]).toEqual(stateAt(events, seq));
  });
});

describe('decisions table', () => {
  it('has every catalogue item, with the adopted ones dated and measured against history', () => {
    const final = replay(events);
    const rows = decisionsTable(final);
    expect(rows.map((r) => r.itemId)).toEqual(final.scenario.catalogue.map((c) => c.id));
    const vjtf = rows.find((r) => r.itemId === 'deploy-vjtf')!;
    expect(vjtf).toMatchObject({
      raisedAt: '2027-03-01T06:00:00.000Z',
      tabledAt: '2027-03-01T06:00:00.000Z',
      decidedAt: '2027-03-04T04:53:00.000Z',
      adoptedVia: 'consensus',
      latencyHours: 70.88,
      drafts: 2,
      waitingHours: null,
      comparison: 'between911Libya',
    });
    expect(vjtf.versusAnchors?.nineEleven).toBeCloseTo(70.88 / 24, 2);
    const untouched = rows.find((r) => r.raisedAt === null)!;
    expect(untouched).toMatchObject({ decidedAt: null, latencyHours: null, comparison: null, drafts: 0 });
  });

  it('places latencies among the anchors', () => {
    expect(compareLatency(20)).toBe('like911');
    expect(compareLatency(14 * 24)).toBe('likeLibya');
    expect(compareLatency(32 * 24)).toBe('likeTurkey');
    expect(compareLatency(2000)).toBe('slowerTurkey');
  });
});

describe('measures series', () => {
  it('has the start and one point per adjudicated turn, in order', () => {
    const series = measuresSeries(events);
    const adjudications = events.filter((e) => e.type === 'gameClockAdvanced').length;
    expect(series).toHaveLength(1 + adjudications);
    const start = initialState(events[0] as Extract<GameEvent, { type: 'exerciseCreated' }>);
    expect(series[0]).toMatchObject({ seq: 0, turn: 0, ...start.measures, theatreCohesion: 70 });
    expect(series.map((p) => p.seq)).toEqual([...series.map((p) => p.seq)].sort((a, b) => a - b));
    const last = series[series.length - 1]!;
    expect(last).toMatchObject(
      (({ cohesion, deterrenceCredibility, escalationRung }) => ({
        cohesion,
        deterrenceCredibility,
        escalationRung,
      }))(replay(events).measures),
    );
    expect(Object.keys(last.publicSupport)).toContain('EST');
  });
});

describe('exports', () => {
  it('the JSON envelope has every event, in order, and no token hash', () => {
    const exported = exportJson(withClaim);
    expect(exported).toMatchObject({
      format: 'crisis-council-log',
      version: 1,
      exercise: {
        code: 'GOLDEN',
        scenarioId: 'baltic-tripwire',
        seed: 20261123,
        variant: '2016',
        eventCount: withClaim.length,
      },
    });
    expect(exported.events).toHaveLength(withClaim.length);
    exported.events.forEach((event, i) => {
      if (event.type === 'seatClaimed') expect(event).toEqual({ ...claim, tokenHash: undefined });
      else expect(event).toBe(withClaim[i]);
    });
    const text = JSON.stringify(exported);
    expect(text).not.toContain(HASH);
    expect(text).not.toContain('tokenHash');
    // The export still replays.
    expect(replay(exported.events).seats.est?.displayName).toBe(claim.displayName);
  });

  it('no export carries a token hash', () => {
    const state = replay(withClaim);
    expect(state.seats.est?.tokenHash).toBe(HASH);
    for (const text of [messagesCsv(state), decisionsCsv(state), measuresCsv(measuresSeries(withClaim))]) {
      expect(text).not.toContain(HASH);
    }
  });

  it('quotes commas, quotes and line breaks as RFC 4180 says', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "no"')).toBe('"say ""no"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rlf')).toBe('"cr\rlf"');
    expect(csvField(null)).toBe('');
    expect(csvField(1.5)).toBe('1.5');
    const text = toCsv(['a', 'b'], [['x, "y"\r\nz', 2]]);
    expect(text).toBe('a,b\r\n"x, ""y""\r\nz",2\r\n');
    expect(parseCsv(text)).toEqual([
      ['a', 'b'],
      ['x, "y"\r\nz', '2'],
    ]);
  });

  it('writes a text a spreadsheet would run as a formula as text, with a leading quote', () => {
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-2')).toBe("'-2");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\t=1')).toBe("'\t=1");
    expect(csvField('\r=1')).toBe('"\'\r=1"');
    expect(csvField('=A1,B1')).toBe('"\'=A1,B1"');
    // The exports' own numbers stay numbers; a formula sign inside a text is harmless.
    expect(csvField(-2)).toBe('-2');
    expect(csvField('a=1')).toBe('a=1');
  });

  it('the messages CSV has a header and every message, round-tripping awkward text', () => {
    const tricky: GameEvent = {
      ...(events.find((e) => e.type === 'messagePosted') as Extract<GameEvent, { type: 'messagePosted' }>),
      messageId: 'nac.2',
      body: 'Line one, with a comma\nand "quotes"',
    };
    const state = replay([...events, tricky]);
    const rows = parseCsv(messagesCsv(state));
    expect(rows[0]).toEqual([
      'id',
      'channel',
      'from',
      'template',
      'subject',
      'body',
      'mentions',
      'turn',
      'gameTime',
      'at',
      'answers',
      'answerId',
    ]);
    const posted = [...events, tricky].flatMap((e) => (e.type === 'messagePosted' ? [e.messageId] : []));
    expect(rows.slice(1).map((r) => r[0])).toEqual(posted);
    expect(rows.find((r) => r[0] === 'nac.1')?.[5]).toBe('Every hour counts.');
    expect(rows.find((r) => r[0] === 'nac.2')?.[5]).toBe('Line one, with a comma\nand "quotes"');
  });

  it('the decisions and measures CSVs have a header and one row per item / point', () => {
    const state = replay(events);
    const decisions = parseCsv(decisionsCsv(state));
    expect(decisions[0]?.[0]).toBe('itemId');
    expect(decisions).toHaveLength(1 + state.scenario.catalogue.length);
    expect(decisions.find((r) => r[0] === 'deploy-vjtf')).toContain('consensus');
    const series = measuresSeries(events);
    const measures = parseCsv(measuresCsv(series));
    expect(measures[0]?.slice(0, 3)).toEqual(['seq', 'turn', 'gameTime']);
    expect(measures[0]).toContain('publicSupport.EST');
    expect(measures).toHaveLength(1 + series.length);
  });
});
