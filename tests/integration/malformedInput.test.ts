// Malformed input gets a code, never a fault (issue 18): integers msgpack decodes to BigInt, NUL in
// texts, malformed URLs and titles over HTTP, a handler that throws, and frames that are not frames.
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PROTOCOL_VERSION } from '@council/shared';
import { ExerciseSession } from '../../server/src/game/session';
import { cleanUpAfterAll, createExercise, seqOf, startTestServer } from './harness';

describe('malformed input', () => {
  const { join, closeServer } = cleanUpAfterAll();
  afterEach(() => vi.restoreAllMocks());

  it('is refused with BAD_REQUEST over the SDK, and nothing is stored', async () => {
    const server = closeServer(await startTestServer({ tickMs: 0 }));
    const { code, controlKey, exerciseId } = await createExercise(server.url);
    const lead = await join(server.url, { code, controlKey });
    const usa = await join(server.url, { code });
    seqOf(await usa.command({ type: 'claimSeat', seatId: 'usa', displayName: 'Ann' }));
    seqOf(await lead.command({ type: 'startExercise' }));
    const stored = async () => (await server.server.store.events(exerciseId)).length;
    const before = await stored();

    const malformed: [Record<string, unknown>, typeof lead][] = [
      // msgpack int64 decodes to a BigInt; JSON.stringify throws on one.
      [{ type: 'setTurnStep', hours: 2n ** 63n - 1n }, lead],
      [{ type: 'postMessage', channelId: 'nac', template: 'freeText', body: 'x', extra: [2n ** 60n] }, usa],
      // PostgreSQL stores no NUL: refused before any rule, never STORAGE_FAILED.
      [{ type: 'postMessage', channelId: 'nac', template: 'freeText', body: 'Hello\u0000world' }, usa],
      [{ type: 'openChannel', members: ['usa', 'saceur'], name: 'Back\u0000room' }, usa],
      [{ type: 'broadcast', text: 'All\u0000stations' }, lead],
      [{ type: 'injectAdHoc', title: 'T\u0000', body: 'Body', audience: 'all' }, lead],
      [{ type: 'assignSeat', seatId: 'est', displayName: 'Kadri\u0000' }, lead],
    ];
    for (const [command, player] of malformed) {
      const reply = await player.command(command);
      expect(reply, String(command.type)).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
    }
    expect(await stored()).toBe(before);
    // The room plays on.
    seqOf(await usa.command({ type: 'postMessage', channelId: 'nac', template: 'freeText', body: 'Fine.' }));
  }, 120_000);

  it('answers a throwing handler with INTERNAL_ERROR and none of its text', async () => {
    const server = closeServer(await startTestServer({ tickMs: 0 }));
    const { code, controlKey } = await createExercise(server.url);
    const lead = await join(server.url, { code, controlKey });
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(ExerciseSession.prototype, 'execute').mockRejectedValueOnce(
      new TypeError('secret detail at /srv/council/session.ts:42'),
    );
    const reply = await lead.command({ type: 'startExercise' });
    expect(reply).toMatchObject({ ok: false, code: 'INTERNAL_ERROR' });
    expect(JSON.stringify(reply)).not.toContain('secret');
    // One line in the log, naming what failed and for whom.
    const logged = errors.mock.calls.map((args) => args.map(String).join(' '));
    expect(logged.filter((line) => line.includes('secret detail'))).toHaveLength(1);
    expect(logged.join('\n')).toMatch(/startExercise/);
    expect(logged.every((line) => !line.includes('\n'))).toBe(true);
    // The next command goes through.
    seqOf(await lead.command({ type: 'startExercise' }));
  }, 120_000);

  it('logs one line per garbage frame, not a stack trace', async () => {
    const server = closeServer(await startTestServer({ tickMs: 0 }));
    const { code } = await createExercise(server.url);
    const lines: string[] = [];
    const capture = (...args: unknown[]) => void lines.push(args.map(String).join(' '));
    for (const method of ['error', 'warn', 'log', 'info'] as const) {
      vi.spyOn(console, method).mockImplementation(capture);
    }
    const frames = 20;
    for (let i = 0; i < frames; i++) {
      const player = await join(server.url, { code });
      // A data frame (ROOM_DATA, 13 in the Colyseus protocol) with a body that is not msgpack, then raw noise.
      player.room.connection.send(Buffer.concat([Buffer.from([13, 1, 0xc1]), randomBytes(8)]));
      player.room.connection.send(randomBytes(1 + (i % 32)));
      await new Promise((r) => setTimeout(r, 20));
      await player.leave();
    }
    expect((await fetch(`${server.url}/__healthcheck`)).status).toBe(200);
    expect(lines.filter((line) => /\n\s+at /.test(line))).toEqual([]);
    expect(lines.length).toBeLessThanOrEqual(2 * frames);
  }, 120_000);

  it('answers malformed HTTP requests with 400 and a code', async () => {
    const server = closeServer(await startTestServer({ tickMs: 0 }));
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const lookUp = await fetch(`${server.url}/api/exercises/%ED%A0%80`);
    expect(lookUp.status).toBe(400);
    expect(await lookUp.json()).toMatchObject({ code: 'BAD_REQUEST' });
    const review = await fetch(`${server.url}/api/exercises/%ED%A0%80/review/log.json`);
    expect(review.status).toBe(400);
    const create = await fetch(`${server.url}/api/exercises`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        protocolVersion: PROTOCOL_VERSION,
        scenarioId: 'baltic-tripwire',
        title: 'Nul\u0000title',
      }),
    });
    expect(create.status).toBe(400);
    expect(await create.json()).toMatchObject({ code: 'BAD_REQUEST' });
    // A lone surrogate (JSON may carry one escaped) is refused by PostgreSQL's JSON too.
    const half = await fetch(`${server.url}/api/exercises`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: `{"protocolVersion":${PROTOCOL_VERSION},"scenarioId":"baltic-tripwire","title":"Half \\ud800 a pair"}`,
    });
    expect(half.status).toBe(400);
    expect(errors).not.toHaveBeenCalled();
  }, 120_000);
});
