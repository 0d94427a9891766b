// A data folder written by release 0.1.0 (tests/fixtures, made by that release's code) opens in this
// one: the exercise is found by its code, its log replays, seats come back with their tokens.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanUpAfterAll, startTestServer } from './harness';

const fixtures = resolve(import.meta.dirname, '../fixtures');
const meta = JSON.parse(readFileSync(join(fixtures, 'data-0.1.0-pglite.json'), 'utf8')) as {
  code: string;
  controlKey: string;
  exerciseId: string;
  message: string;
  eventCount: number;
  seatTokens: Record<string, string>;
};

/** A private copy of the fixture's data folder (tests must never write to the fixture). */
function unpackFixture(): string {
  const dir = mkdtempSync(join(tmpdir(), 'council-upgrade-'));
  execFileSync('tar', ['-xJf', join(fixtures, 'data-0.1.0-pglite.tar.xz'), '-C', dir]);
  return join(dir, 'data');
}

describe('a data folder from release 0.1.0', () => {
  const { join: joinRoom, closeServer } = cleanUpAfterAll();

  it('opens in this release with its exercise, its log and its seats', async () => {
    const server = closeServer(await startTestServer({ dataDir: unpackFixture() }));
    const found = await fetch(`${server.url}/api/exercises/${meta.code}`);
    expect(found.status).toBe(200);
    expect(await found.json()).toMatchObject({ exerciseId: meta.exerciseId, code: meta.code });

    const events = await server.server.store.events(meta.exerciseId);
    expect(events).toHaveLength(meta.eventCount);
    expect(JSON.stringify(events)).toContain(meta.message);

    const est = await joinRoom(server.url, { code: meta.code, seatToken: meta.seatTokens.est });
    expect(est.view?.you.seatId).toBe('est');
    const control = await joinRoom(server.url, { code: meta.code, controlKey: meta.controlKey });
    const reply = await est.command({
      type: 'postMessage',
      channelId: 'nac',
      template: 'demarche',
      body: 'Written after the upgrade.',
    });
    expect(reply).toMatchObject({ ok: true });
    await control.nextView((v) => v.seq >= meta.eventCount, 5000, 'after the new message');
    expect(await server.server.store.events(meta.exerciseId)).toHaveLength(meta.eventCount + 1);
  });
});
