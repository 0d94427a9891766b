// No export and no view carries a secret or the hash of one (seat tokens, assignments, assistant keys,
// the control key), for Control or for a seat once the full record is open; a player's message that
// looks like a formula reaches Control's spreadsheet as text; and the review's tail reads only what
// is new from the store.
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { REVIEW_TABLES, type GameEvent } from '@council/shared';
import { cleanUpAfterAll, createExercise, startTestServer, type Player, type TestServer } from './harness';
import { parseCsv, sheetRows } from './spreadsheets';

const FILES = ['log.json', ...REVIEW_TABLES.map((t) => `${t}.csv`), 'workbook.xlsx', 'report.html'];
const FORMULAS = ['=HYPERLINK("http://example.com","Click")', '+1+1', '-2+3', '@SUM(1,2)'];

/** Every value of a field named like a hash, anywhere in the events. */
function hashesIn(value: unknown, found: Set<string>): Set<string> {
  if (Array.isArray(value)) for (const v of value) hashesIn(v, found);
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (/hash$/i.test(key) && typeof v === 'string') found.add(v);
      else hashesIn(v, found);
    }
  }
  return found;
}

describe('exports and views keep every secret', () => {
  let server: TestServer;
  const { join, closeServer } = cleanUpAfterAll();
  let code = '';
  let controlKey = '';
  let control: Player;
  let est: Player;
  const secrets: string[] = [];
  const tokens: Record<string, string> = {};
  const url = (path: string) => `${server.url}/api/exercises/${code}/review/${path}`;

  beforeAll(async () => {
    server = closeServer(await startTestServer({ tickMs: 0 }));
    ({ code, controlKey } = await createExercise(server.url));
    control = await join(server.url, { code, controlKey });
    for (const seatId of ['est', 'lva']) {
      const player = await join(server.url, { code });
      const reply = await player.command({ type: 'claimSeat', seatId, displayName: seatId.toUpperCase() });
      tokens[seatId] = (reply as { seatToken: string }).seatToken;
      if (seatId === 'est') est = player;
    }
    const assigned = await control.command({ type: 'assignSeat', seatId: 'usa', displayName: 'Ann' });
    const issued = await control.command({ type: 'issueAssistantKey', name: 'Bo' });
    expect([assigned, issued]).toMatchObject([{ ok: true }, { ok: true }]);
    expect(await control.command({ type: 'startExercise' })).toMatchObject({ ok: true });
    for (const body of FORMULAS) {
      const posted = await est.command({ type: 'postMessage', channelId: 'nac', template: 'freeText', body });
      expect(posted, body).toMatchObject({ ok: true });
    }
    expect(await control.command({ type: 'unlockReview' })).toMatchObject({ ok: true });
    const events: GameEvent[] = await server.server.store.events(control.view!.exerciseId);
    const record = await server.server.store.findByCode(code);
    const hashes = [...hashesIn(events, new Set()), record!.controlKeyHash];
    secrets.push(
      ...hashes.filter((h) => h.length >= 16),
      controlKey,
      tokens.est!,
      tokens.lva!,
      (assigned as { seatToken: string }).seatToken,
      (issued as { controlKey: string }).controlKey,
    );
    // The seat claims, the assignment and the assistant key each left a hash in the log.
    expect(secrets.length).toBeGreaterThanOrEqual(4 + 5);
  }, 60_000);

  /** Every download and every moment's view, as this reader gets them. */
  async function everything(headers: Record<string, string>, seat: boolean): Promise<string[]> {
    const texts: string[] = [];
    const get = async (path: string) => {
      const response = await fetch(url(path), { headers });
      expect(response.status, path).toBe(200);
      return response;
    };
    for (const file of FILES) {
      const response = await get(file);
      if (!file.endsWith('.xlsx')) texts.push(await response.text());
      else {
        const zip = unzipSync(new Uint8Array(await response.arrayBuffer()));
        texts.push(...Object.values(zip).map((bytes) => strFromU8(bytes)));
      }
    }
    texts.push(await (await get('events.json?from=0')).text());
    if (seat) texts.push(await (await get('seat.json')).text());
    const count = (JSON.parse(texts[0]!) as { events: unknown[] }).events.length;
    for (let seq = 0; seq < count; seq++) texts.push(await (await get(`view/${seq}`)).text());
    return texts;
  }

  it('leaves every hash and secret out of every export and view, for Control and for a seat', async () => {
    const asControl = await everything({ 'X-Control-Key': controlKey }, false);
    const asSeat = await everything({ 'X-Seat-Token': tokens.est! }, true);
    const compared = await fetch(`${server.url}/api/review/compare`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ runs: [{ code, key: controlKey }] }),
    });
    const live = [control, est].map((p) => JSON.stringify(p.received));
    const all = [...asControl, ...asSeat, await compared.text(), ...live];
    for (const secret of secrets) {
      const leaks = all.filter((text) => text.includes(secret)).map((text) => text.slice(0, 80));
      expect(leaks, `a secret (${secret.slice(0, 6)}…) leaked`).toEqual([]);
    }
  });

  it('writes a message that looks like a formula as text, in the CSV and in the workbook', async () => {
    const headers = { 'X-Control-Key': controlKey };
    const csv = parseCsv(await (await fetch(url('messages.csv'), { headers })).text());
    const bodyColumn = csv[0]!.indexOf('body');
    const bodies = csv.slice(1).map((row) => row[bodyColumn]);
    expect(bodies).toEqual(FORMULAS.map((f) => `'${f}`));
    const zip = unzipSync(
      new Uint8Array(await (await fetch(url('workbook.xlsx'), { headers })).arrayBuffer()),
    );
    const sheet = strFromU8(zip['xl/worksheets/sheet1.xml']!);
    expect(sheet).not.toContain('<f>');
    expect(
      sheetRows(sheet, '2')
        .slice(1)
        .map((row) => row[bodyColumn]),
    ).toEqual(bodies);
    // Style 3 is text with Excel's quote prefix: typing ' before the formula does the same.
    expect(strFromU8(zip['xl/styles.xml']!)).toMatch(/<xf numFmtId="49"[^>]*quotePrefix="1"\/><\/cellXfs>/);
  });

  it('reads the tail of the log from the store only from where the last read stopped', async () => {
    const { store } = server.server;
    const eventsFrom = vi.spyOn(store, 'eventsFrom');
    const events = vi.spyOn(store, 'events');
    const headers = { 'X-Seat-Token': tokens.lva! };
    const tail = async (from: number) =>
      (await (await fetch(url(`events.json?from=${from}`), { headers })).json()) as {
        lastSeq: number;
        events: GameEvent[];
      };
    const before = await tail(0);
    const count = before.lastSeq + 1;
    expect(
      await est.command({ type: 'postMessage', channelId: 'nac', template: 'freeText', body: 'new' }),
    ).toMatchObject({ ok: true });
    const after = await tail(count);
    expect(after.events.map((e) => e.type)).toEqual(['messagePosted']);
    // Earlier reads had the log up to `count`: this one asked the store for nothing before it.
    expect(eventsFrom.mock.calls.map(([, from]) => from)).toEqual([count, count]);
    expect(events).not.toHaveBeenCalled();
    eventsFrom.mockRestore();
    events.mockRestore();
  });
});
