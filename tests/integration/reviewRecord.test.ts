// The after-action record end to end: a scripted three-turn exercise whose live views must equal the
// views replayed from its log at every step; tags, hot wash and unlocking; every export complete and
// consistent (CSV = workbook); a seat's own review never carries another seat's secrets; comparing runs.
import { readFileSync } from 'node:fs';
import { unzipSync, strFromU8 } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  statesOf,
  viewFor,
  type Actor,
  type CommandReply,
  type ExerciseView,
  type GameEvent,
  type LogExport,
} from '@council/shared';
import { Player, cleanUpAfterAll, createExercise, startTestServer, type TestServer } from './harness';
import { parseCsv, sheetRows, trimmed } from './spreadsheets';

const ANSWER_EST = 'CANARY-est-answer: instructions came late';
const ANSWER_LVA = 'CANARY-lva-answer: we were not asked';
const NOBODY = { connectedSeats: new Set<string>(), controlConnections: 0 };

/** Presence (who is connected now) is the server's, not the log's: left out of the comparison. */
function logged(view: ExerciseView): unknown {
  const {
    controlConnections: _c,
    seats,
    ...rest
  } = JSON.parse(JSON.stringify(view)) as ExerciseView & {
    controlRoom?: unknown;
  };
  delete (rest as { controlRoom?: unknown }).controlRoom;
  return { ...rest, seats: seats.map(({ connected: _x, ...seat }) => seat) };
}

describe('the after-action record', () => {
  let server: TestServer;
  const { join, closeServer } = cleanUpAfterAll();
  let code = '';
  let controlKey = '';
  const tokens: Record<string, string> = {};
  let control: Player;
  const snapshots: { seq: number; seatId: string | null; view: ExerciseView }[] = [];
  let events: GameEvent[] = [];
  const url = (path: string) => `${server.url}/api/exercises/${code}/review/${path}`;
  const asControl = (path: string) => fetch(url(path), { headers: { 'X-Control-Key': controlKey } });
  const asSeat = (seatId: string, path: string) =>
    fetch(url(path), { headers: { 'X-Seat-Token': tokens[seatId]! } });

  beforeAll(async () => {
    // No timer: nothing but the script moves the exercise, so every moment is the script's.
    server = closeServer(await startTestServer({ tickMs: 0 }));
    ({ code, controlKey } = await createExercise(server.url));
    control = await join(server.url, { code, controlKey });
    const seated: Record<string, Player> = {};
    for (const seatId of ['secgen', 'est', 'lva', 'observer']) {
      const player = await join(server.url, { code });
      const reply = await player.command({ type: 'claimSeat', seatId, displayName: seatId.toUpperCase() });
      expect(reply).toMatchObject({ ok: true });
      tokens[seatId] = (reply as { seatToken: string }).seatToken;
      seated[seatId] = player;
    }
    const est = seated.est!;
    /** Sends a command and records Control's and Estonia's live views once it is published. */
    const send = async (player: Player, command: Record<string, unknown>, mustPass = true) => {
      const reply: CommandReply = await player.command(command);
      if (mustPass) expect(reply, JSON.stringify(command)).toMatchObject({ ok: true });
      if (!reply.ok) return reply;
      const seq = (reply.seq ?? 0) + 1;
      snapshots.push({
        seq,
        seatId: null,
        view: await control.nextView((v) => v.seq >= seq, 5000, 'control'),
      });
      // Estonia is sent nothing for a change it cannot see: ask for its view, and check that the
      // patches it was sent had brought it to the same place (its seq aside).
      const { patched, synced } = await est.syncNow();
      expect({ ...patched, seq: 0 }).toEqual({ ...synced, seq: 0 });
      snapshots.push({ seq, seatId: 'est', view: synced });
      return reply;
    };
    const advanceTo = async (done: (v: ExerciseView) => boolean) => {
      for (let i = 0; i < 8 && !done(control.view!); i++) await send(control, { type: 'advancePhase' });
      expect(done(control.view!)).toBe(true);
    };
    await send(control, { type: 'startExercise' });
    for (let turn = 1; turn <= 3; turn++) {
      await advanceTo((v) => v.clock.turn === turn && v.clock.phase === 'consultation');
      if (turn === 1) await send(seated.secgen!, { type: 'tableDraft', itemIds: ['deploy-vjtf'] });
      await send(est, { type: 'takePosition', draftId: 'd1', position: 'support' }, false);
      await send(seated.observer!, {
        type: 'tagMoment',
        seq: control.view!.seq - 1,
        kind: turn === 1 ? 'decision-point' : 'friction',
        note: `Turn ${turn}, "as seen", from the gallery`,
      });
      await advanceTo((v) => v.clock.phase === 'adjudication');
      await send(control, {
        type: 'askHotwash',
        question: `Turn ${turn}: what held you up?`,
        audience: ['est'],
      });
      await send(est, {
        type: 'answerHotwash',
        questionId: `q${turn}`,
        text: `${ANSWER_EST} (turn ${turn})`,
      });
    }
    await send(control, { type: 'tagMoment', seq: 3, kind: 'surprise', note: '' });
    await send(control, { type: 'endExercise' });
    await send(control, { type: 'askHotwash', question: 'What would you do differently?', audience: 'all' });
    await send(seated.lva!, { type: 'answerHotwash', questionId: 'q4', text: ANSWER_LVA });
    events = await server.server.store.events(control.view!.exerciseId);
  }, 120_000);

  it('replays to the live view at every recorded moment, for Control and for a seat', async () => {
    const states = statesOf(events);
    expect(snapshots.length).toBeGreaterThan(40);
    const turnStarts = events.filter((e) => e.type === 'turnStarted').length;
    expect(turnStarts).toBe(3);
    for (const { seq, seatId, view } of snapshots) {
      const actor: Actor = seatId === null ? { seatId: null, isControl: true } : { seatId, isControl: false };
      // view.seq counts the events applied: the last of them is seq - 1.
      expect(
        logged(viewFor(states[view.seq - 1]!, actor, NOBODY)),
        `${seatId ?? 'control'} at ${seq}`,
      ).toEqual(logged(view));
    }
    // The server's review of a moment is the same view.
    const at = snapshots.find((s) => s.seatId === 'est' && s.view.clock.phase === 'adjudication')!;
    const served = (await (await asSeat('est', `view/${at.view.seq - 1}`)).json()) as ExerciseView;
    expect(logged(served)).toEqual(logged(at.view));
  });

  it('exports every event, and every table the same in CSV and in the workbook', async () => {
    const log = (await (await asControl('log.json')).json()) as LogExport;
    // The documented schema accepts the export, and would refuse a token hash in it.
    const schema = z.fromJSONSchema(
      JSON.parse(readFileSync(new URL('../../docs/review-export.schema.json', import.meta.url), 'utf8')),
    );
    expect(schema.safeParse(log).success).toBe(true);
    for (const secret of [
      { type: 'seatClaimed', tokenHash: 'f'.repeat(64) },
      { type: 'seatAssigned', tokenHash: 'f'.repeat(64) },
      { type: 'assistantKeyIssued', keyHash: 'f'.repeat(64) },
    ]) {
      const leaky = { ...log, events: [...log.events, secret] };
      expect(schema.safeParse(leaky).success, secret.type).toBe(false);
    }
    expect(log.events.map((e) => e.type)).toEqual(events.map((e) => e.type));
    expect(log.exercise.eventCount).toBe(events.length);
    const workbook = unzipSync(new Uint8Array(await (await asControl('workbook.xlsx')).arrayBuffer()));
    const names = [...strFromU8(workbook['xl/workbook.xml']!).matchAll(/<sheet name="([^"]+)"/g)].map(
      (m) => m[1],
    );
    expect(names).toEqual([
      'messages',
      'decisions',
      'measures',
      'adjudications',
      'tags',
      'hotwash',
      'assumptions',
    ]);
    for (const [i, name] of names.entries()) {
      const response = await asControl(`${name}.csv`);
      expect(response.status, name).toBe(200);
      const csv = parseCsv(await response.text());
      const xml = strFromU8(workbook[`xl/worksheets/sheet${i + 1}.xml`]!);
      expect(xml, name).toContain('state="frozen"');
      const sheet = sheetRows(xml, '2');
      expect(sheet.map(trimmed), name).toEqual(csv.map(trimmed));
    }
    // Typed cells: a number is a number, a game time a date.
    const measures = strFromU8(workbook['xl/worksheets/sheet3.xml']!);
    expect(measures).toMatch(/<c r="A2"><v>0<\/v><\/c>/);
    expect(measures).toMatch(/<c r="C2" s="2"><v>4\d{4}\.\d+<\/v><\/c>/);

    const tags = parseCsv(await (await asControl('tags.csv')).text());
    expect(tags.slice(1).map((r) => r[3])).toEqual(['decision-point', 'friction', 'friction', 'surprise']);
    expect(tags[1]![4]).toBe('Turn 1, "as seen", from the gallery');
    const hotwash = parseCsv(await (await asControl('hotwash.csv')).text());
    expect(hotwash.slice(1).map((r) => [r[0], r[6]])).toEqual([
      ['q1', 'est'],
      ['q2', 'est'],
      ['q3', 'est'],
      ['q4', 'lva'],
    ]);
    const report = await (await asControl('report.html')).text();
    expect(report).toMatch(/^<!doctype html>/);
    expect(report).toContain('Turn 1, &quot;as seen&quot;, from the gallery');
    expect(report).toContain(ANSWER_LVA);
    expect(report).toContain('<svg ');
  });

  it('serves a seat its own review only, until Control unlocks the full record', async () => {
    type Bilingual = { en: string; fr: string };
    const scenario = JSON.parse(
      readFileSync(new URL('../../scenarios/baltic-tripwire.json', import.meta.url), 'utf8'),
    ) as {
      allies: {
        id: string;
        secret?: { redLines: Bilingual[]; intelligence?: Bilingual; domesticState: Bilingual };
      }[];
    };
    // Every secret in both of its languages: neither may reach another seat.
    const others = scenario.allies
      .filter((a) => a.id !== 'est' && a.secret)
      .flatMap((a) => [...a.secret!.redLines, a.secret!.intelligence, a.secret!.domesticState])
      .flatMap((text) => (text === undefined ? [] : [text.en, text.fr]))
      .filter((s) => s.length > 12);
    expect(others.length).toBeGreaterThan(10);
    const locked = await asSeat('est', 'log.json');
    expect(locked.status).toBe(403);
    expect(await locked.json()).toMatchObject({ code: 'REVIEW_LOCKED' });
    expect((await fetch(url('seat.json'))).status).toBe(403);
    const texts = [await (await asSeat('est', 'seat.json')).text()];
    for (let seq = 0; seq < events.length; seq++)
      texts.push(await (await asSeat('est', `view/${seq}`)).text());
    const all = texts.join('\n');
    for (const secret of others) expect(all).not.toContain(secret);
    expect(all).not.toContain('CANARY-lva-answer');
    expect(all).toContain('CANARY-est-answer');
    for (const token of Object.values(tokens)) expect(all).not.toContain(token);
    expect(all).not.toContain(controlKey);
    const own = JSON.parse(texts[0]!) as { timeline: { type: string }[]; unlocked: boolean };
    expect(own.unlocked).toBe(false);
    expect(own.timeline.some((e) => e.type === 'draftTabled' || e.type === 'positionTaken')).toBe(false);

    expect(await control.command({ type: 'unlockReview' })).toMatchObject({ ok: true });
    const open = await asSeat('est', 'log.json');
    expect(open.status).toBe(200);
    expect(((await open.json()) as LogExport).events.at(-1)?.type).toBe('reviewUnlocked');
    const tail = (await (await asSeat('lva', `events.json?from=${events.length}`)).json()) as {
      from: number;
      events: GameEvent[];
    };
    expect(tail.events.map((e) => e.type)).toEqual(['reviewUnlocked']);
  });

  it('compares runs of one scenario, with the control key of each', async () => {
    const second = await createExercise(server.url);
    const other = await createExercise(server.url, 'ukraine-ceasefire');
    const compare = (runs: { code: string; key: string }[]) =>
      fetch(`${server.url}/api/review/compare`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ runs }),
      });
    const ok = await compare([
      { code, key: controlKey },
      { code: second.code, key: second.controlKey },
    ]);
    expect(ok.status).toBe(200);
    const body = (await ok.json()) as { runs: { code: string; turnsPlayed: number; status: string }[] };
    expect(body.runs.map((r) => [r.code, r.turnsPlayed, r.status])).toEqual([
      [code, 3, 'ended'],
      [second.code, 0, 'lobby'],
    ]);
    const wrongKey = await compare([{ code: second.code, key: controlKey }]);
    expect(wrongKey.status).toBe(403);
    const mixed = await compare([
      { code, key: controlKey },
      { code: other.code, key: other.controlKey },
    ]);
    expect(mixed.status).toBe(400);
  });
});
