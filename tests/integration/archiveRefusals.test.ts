// Bad archives and missing operator keys (ADR 0021): each refused with its own code and message,
// and nothing is created. The server here asks for an operator key (ADMIN_KEY).
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '@council/shared';
import { cleanUpAfterAll, freshPostgresUrl, startTestServer } from './harness';

const ADMIN_KEY = 'operator key for the refusals test';

type ArchiveJson = { version: number; checksum: { digest: string }; body: Record<string, unknown> };
const unpack = (archive: Buffer): ArchiveJson => JSON.parse(gunzipSync(archive).toString('utf8'));
const pack = (file: unknown): Buffer => gzipSync(JSON.stringify(file));
/** The file with its checksum worked out again, as a careful forger would. */
const resealed = (file: ArchiveJson): Buffer =>
  pack({
    ...file,
    checksum: {
      ...file.checksum,
      digest: createHash('sha256').update(JSON.stringify(file.body)).digest('hex'),
    },
  });

async function countExercises(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>('select count(*) as n from exercises');
    return Number(rows[0]!.n);
  } finally {
    await client.end();
  }
}

describe('an installation with an operator key', () => {
  const { join, closeServer } = cleanUpAfterAll();

  it('asks for the key to create, import and delete, refuses bad archives by code, and creates nothing', async () => {
    const databaseUrl = await freshPostgresUrl();
    const server = closeServer(await startTestServer({ databaseUrl, adminKey: ADMIN_KEY }));
    const api = (path: string, init: RequestInit = {}) => fetch(`${server.url}/api${path}`, init);
    expect(await (await api('/operator')).json()).toEqual({ keyRequired: true });

    const createBody = JSON.stringify({
      protocolVersion: PROTOCOL_VERSION,
      scenarioId: 'baltic-tripwire',
      title: 'T',
    });
    const create = (key?: string) =>
      api('/exercises', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(key === undefined ? {} : { 'X-Admin-Key': key }) },
        body: createBody,
      });
    const noKey = await create();
    expect(noKey.status).toBe(401);
    expect(await noKey.json()).toMatchObject({ code: 'OPERATOR_KEY_REQUIRED', message: expect.any(String) });
    const wrongKey = await create('not the key');
    expect(wrongKey.status).toBe(403);
    expect(await wrongKey.json()).toMatchObject({ code: 'BAD_OPERATOR_KEY' });
    expect(await countExercises(databaseUrl)).toBe(0);

    const created = await create(ADMIN_KEY);
    expect(created.status).toBe(201);
    const { code, controlKey } = (await created.json()) as { code: string; controlKey: string };
    // Players still join with the code alone.
    const player = await join(server.url, { code });
    expect(player.view?.you.seatId).toBeNull();

    const exported = await api(`/exercises/${code}/archive`, { headers: { 'X-Control-Key': controlKey } });
    const archive = Buffer.from(await exported.arrayBuffer());
    const refusedExport = await api(`/exercises/${code}/archive`, { headers: { 'X-Control-Key': 'nope' } });
    expect(refusedExport.status).toBe(403);

    const file = unpack(archive);
    const damaged = Buffer.from(archive);
    const middle = Math.floor(damaged.length / 2);
    damaged[middle] = damaged[middle]! ^ 0xff;
    const scenarioBroken = structuredClone(file);
    const events = scenarioBroken.body.events as { event: { scenario: Record<string, unknown> } }[];
    events[0]!.event.scenario.seats = 'no seats';
    const logExport = await api(`/exercises/${code}/review/log.json`, {
      headers: { 'X-Control-Key': controlKey },
    });

    const cases: [string, Buffer, string | undefined, number, string][] = [
      ['no operator key', archive, undefined, 401, 'OPERATOR_KEY_REQUIRED'],
      ['a wrong operator key', archive, 'wrong', 403, 'BAD_OPERATOR_KEY'],
      ['an empty body', Buffer.alloc(0), ADMIN_KEY, 400, 'ARCHIVE_FOREIGN'],
      ['a text file', Buffer.from('hello, this is not an archive'), ADMIN_KEY, 400, 'ARCHIVE_FOREIGN'],
      ['a log export', pack(await logExport.json()), ADMIN_KEY, 400, 'ARCHIVE_FOREIGN'],
      ['a damaged archive', damaged, ADMIN_KEY, 400, 'ARCHIVE_DAMAGED'],
      ['a truncated archive', archive.subarray(0, archive.length >> 1), ADMIN_KEY, 400, 'ARCHIVE_DAMAGED'],
      ['gzip of broken JSON', gzipSync('{"format":'), ADMIN_KEY, 400, 'ARCHIVE_DAMAGED'],
      ['a future version', resealed({ ...file, version: 2 }), ADMIN_KEY, 400, 'ARCHIVE_TOO_NEW'],
      [
        'an altered body',
        pack({ ...file, body: { ...file.body, exportedAt: '2030-01-01T00:00:00.000Z' } }),
        ADMIN_KEY,
        400,
        'ARCHIVE_CHECKSUM',
      ],
      [
        'a scenario that no longer validates',
        resealed(scenarioBroken),
        ADMIN_KEY,
        422,
        'ARCHIVE_SCENARIO_INVALID',
      ],
    ];
    for (const [label, body, key, status, errorCode] of cases) {
      const response = await api('/exercises/import', {
        method: 'POST',
        headers: { 'content-type': 'application/gzip', ...(key === undefined ? {} : { 'X-Admin-Key': key }) },
        body: new Uint8Array(body),
      });
      expect(response.status, label).toBe(status);
      const refusal: unknown = await response.json();
      expect(refusal, label).toMatchObject({ code: errorCode, message: expect.any(String) });
      // The scenario's first problem travels as data, for a French reader too (ADR 0029).
      if (errorCode === 'ARCHIVE_SCENARIO_INVALID')
        expect(refusal).toMatchObject({
          params: { reason: 'wrongType', field: '$.seats', expected: 'array' },
        });
    }
    expect(await countExercises(databaseUrl)).toBe(1);

    // The untouched archive, with the key, is imported.
    const imported = await api('/exercises/import', {
      method: 'POST',
      headers: { 'content-type': 'application/gzip', 'X-Admin-Key': ADMIN_KEY },
      body: new Uint8Array(archive),
    });
    expect(imported.status).toBe(201);
    expect(await countExercises(databaseUrl)).toBe(2);

    // Deleting needs the operator key and the exercise's control key; its room closes first.
    const remove = (headers: Record<string, string>) =>
      api(`/exercises/${code}`, { method: 'DELETE', headers });
    expect((await remove({ 'X-Control-Key': controlKey })).status).toBe(401);
    expect((await remove({ 'X-Admin-Key': ADMIN_KEY, 'X-Control-Key': 'not-it' })).status).toBe(403);
    expect(await countExercises(databaseUrl)).toBe(2);
    expect((await remove({ 'X-Admin-Key': ADMIN_KEY, 'X-Control-Key': controlKey })).status).toBe(204);
    expect(await countExercises(databaseUrl)).toBe(1);
    expect((await api(`/exercises/${code}`)).status).toBe(404);
  }, 300_000);
});
