// After-action exports over HTTP: Control downloads the log and the CSV tables with its key; nobody else can.
import { describe, expect, it } from 'vitest';
import { findMessage, replay, type GameEvent, type LogExport } from '@council/shared';
import { hashSecret } from '../../server/src/auth/secrets';
import { cleanUpAfterAll, createExercise, freshPostgresUrl, startTestServer, type Backend } from './harness';

const backends: Backend[] = ['pglite', 'postgres'];
const FILES = ['log.json', 'messages.csv', 'decisions.csv', 'measures.csv'] as const;
const BODY = 'Every hour counts, "now" —\nnot next week.';

describe.each(backends)('review exports on %s', (backend) => {
  const { join, closeServer } = cleanUpAfterAll();

  it('gives Control the log, messages, decisions and measures, and refuses anyone else', async () => {
    const server = closeServer(
      await startTestServer({ databaseUrl: backend === 'postgres' ? await freshPostgresUrl() : undefined }),
    );
    const { code, controlKey } = await createExercise(server.url);
    const control = await join(server.url, { code, controlKey });
    const secgen = await join(server.url, { code });
    const est = await join(server.url, { code });
    const tokens: string[] = [];
    for (const [player, seatId] of [
      [secgen, 'secgen'],
      [est, 'est'],
    ] as const) {
      const reply = await player.command({ type: 'claimSeat', seatId, displayName: seatId.toUpperCase() });
      expect(reply).toMatchObject({ ok: true });
      tokens.push((reply as { seatToken: string }).seatToken);
    }
    expect(await control.command({ type: 'startExercise' })).toMatchObject({ ok: true });
    expect(await control.command({ type: 'advancePhase' })).toMatchObject({ ok: true });
    expect(await secgen.command({ type: 'tableDraft', itemIds: ['deploy-vjtf'] })).toMatchObject({
      ok: true,
    });
    expect(
      await est.command({ type: 'postMessage', channelId: 'nac', template: 'demarche', body: BODY }),
    ).toMatchObject({ ok: true });
    await control.nextView((v) => v.seq >= 8, 5000, 'after the message');

    const url = (file: string) => `${server.url}/api/exercises/${code}/review/${file}`;
    const get = (file: string, key?: string) =>
      fetch(url(file), key === undefined ? {} : { headers: { 'X-Control-Key': key } });

    // Without the key, or with a wrong one, or with a seat token: refused, with a code.
    for (const file of FILES) {
      for (const key of [undefined, '', 'not-the-key', tokens[0]!]) {
        const refused = await get(file, key);
        expect(refused.status, `${file} with ${String(key)}`).toBe(403);
        expect(await refused.json()).toMatchObject({ code: 'BAD_CONTROL_KEY', message: expect.any(String) });
      }
    }
    // An unknown exercise is 404 whatever the key.
    const unknown = await fetch(`${server.url}/api/exercises/ZZZZZZ/review/log.json`, {
      headers: { 'X-Control-Key': controlKey },
    });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ code: 'NO_SUCH_EXERCISE' });

    const texts: Record<string, string> = {};
    for (const file of FILES) {
      const response = await get(file, controlKey);
      expect(response.status, file).toBe(200);
      expect(response.headers.get('content-disposition')).toContain(`${code}-${file}`);
      expect(response.headers.get('cache-control')).toBe('no-store');
      texts[file] = await response.text();
    }

    // The log: the documented envelope with every event, in order, and no secret.
    const log = JSON.parse(texts['log.json']!) as LogExport;
    expect(log).toMatchObject({ format: 'crisis-council-log', version: 1, exercise: { code } });
    const stored = await server.server.store.events(log.exercise.exerciseId);
    expect(log.events).toHaveLength(stored.length);
    expect(log.exercise.eventCount).toBe(stored.length);
    log.events.forEach((event, i) => {
      const original = stored[i]!;
      if (original.type === 'seatClaimed') {
        const { tokenHash, ...rest } = original;
        expect(tokenHash).toMatch(/^[0-9a-f]{64}$/);
        expect(event).toEqual(rest);
      } else expect(event).toEqual(original);
    });
    const types = log.events.map((e: GameEvent) => e.type);
    for (const type of ['exerciseCreated', 'seatClaimed', 'exerciseStarted', 'draftTabled', 'messagePosted'])
      expect(types).toContain(type);
    expect(findMessage(replay(log.events).channels, 'nac.1')?.body).toBe(BODY);

    // The message and the decision rows.
    expect(texts['messages.csv']!.split('\r\n')[0]).toMatch(/^id,channel,from,template,subject,body,/);
    expect(texts['messages.csv']).toContain(`nac.1,nac,est,demarche,,"${BODY.replace(/"/g, '""')}",`);
    const decisions = texts['decisions.csv']!.split('\r\n');
    expect(decisions[0]).toMatch(/^itemId,title,raisedAt,/);
    expect(decisions.find((row) => row.startsWith('deploy-vjtf,'))).toMatch(
      /^deploy-vjtf,[^,]+,2027-03-01T06:00:00\.000Z,,2027-03-01T06:00:00\.000Z,1,,,,0,/,
    );
    expect(decisions.some((row) => row.startsWith('article-5,'))).toBe(true);
    expect(texts['measures.csv']!.split('\r\n')[0]).toMatch(
      /^seq,turn,gameTime,cohesion,deterrenceCredibility,/,
    );
    expect(texts['measures.csv']!.split('\r\n')[1]).toMatch(/^0,0,/);

    // No export holds a seat token, its hash, or the control key.
    const everything = Object.values(texts).join('\n');
    expect(everything).not.toContain('tokenHash');
    for (const token of tokens) {
      expect(everything).not.toContain(token);
      expect(everything).not.toContain(hashSecret(token));
    }
    expect(everything).not.toContain(controlKey);
    expect(everything).not.toContain(hashSecret(controlKey));
  });
});
