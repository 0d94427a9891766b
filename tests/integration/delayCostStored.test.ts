// The review's delay-cost analysis is stored (ADR 0027, update 2026-12-07 (2)): after the server
// process restarts, and on another process sharing its PostgreSQL, the review's panel and the
// printable report still have it; asking again for the same log and seeds answers the stored one.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DelayCost, GameEvent } from '@council/shared';
import { hashSecret } from '../../server/src/auth/secrets';
import { ExerciseStore } from '../../server/src/store/exercises';
import { openDb } from '../../server/src/store/open';
import { freshPostgresUrl, type Backend } from './harness';
import type { GoldenLog } from '../replays/script';
import { spawnServer, type ServerProcess } from './serverProcess';

const CONTROL_KEY = 'stored-delay-control-key';
const CODE = 'DLYKPT';
const headers = { 'X-Control-Key': CONTROL_KEY };

interface Status {
  id: string;
  status: 'running' | 'done' | 'failed';
  result: DelayCost | null;
}

/** The golden Baltic exercise (the Council deploys the VJTF at hour 71), written before any server starts. */
async function writeExercise(env: Record<string, string>): Promise<number> {
  const golden = JSON.parse(
    readFileSync(resolve(import.meta.dirname, '../replays/baltic-vjtf.golden.json'), 'utf8'),
  ) as GoldenLog;
  const events: GameEvent[] = golden.events;
  const db = await openDb({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR ?? '' });
  try {
    await new ExerciseStore(db).createWithLog(
      {
        id: 'stored-delay-exercise',
        code: CODE,
        title: 'Stored delay',
        scenarioId: 'baltic-tripwire',
        controlKeyHash: hashSecret(CONTROL_KEY),
        createdAt: new Date(0).toISOString(),
      },
      events,
    );
  } finally {
    await db.close();
  }
  return events.length;
}

const report = async (url: string, lang = '') => {
  const r = await fetch(`${url}/api/exercises/${CODE}/review/report.html${lang}`, { headers });
  expect(r.status).toBe(200);
  return r.text();
};

const lastStored = async (url: string) => {
  const r = await fetch(`${url}/api/exercises/${CODE}/review/delay-cost`, { headers });
  expect(r.status).toBe(200);
  return ((await r.json()) as { analysis: (Status & { logLength: number; recordLength: number }) | null })
    .analysis;
};

/** Starts the analysis with 2 runs a decision hour and polls until the worker has finished. */
async function analyse(url: string): Promise<Status> {
  const started = await fetch(`${url}/api/exercises/${CODE}/review/delay-cost?seeds=2`, {
    method: 'POST',
    headers,
  });
  expect(started.status).toBe(202);
  let status = (await started.json()) as Status;
  while (status.status === 'running') {
    await new Promise((r) => setTimeout(r, 250));
    const polled = await fetch(`${url}/api/exercises/${CODE}/review/delay-cost/${status.id}`, { headers });
    status = (await polled.json()) as Status;
  }
  return status;
}

describe.each<Backend>(['pglite', 'postgres'])('a stored delay-cost analysis on %s', (backend) => {
  const running: ServerProcess[] = [];
  afterAll(async () => Promise.all(running.splice(0).map((p) => p.kill())));
  const spawn = async (env: Record<string, string>) => {
    const p = await spawnServer(env);
    running.push(p);
    return p;
  };
  const kill = async (p: ServerProcess) => {
    running.splice(running.indexOf(p), 1);
    await p.kill();
  };

  it('is still in the review and the report after a restart, and on another process', async () => {
    const env: Record<string, string> =
      backend === 'postgres'
        ? { DATABASE_URL: await freshPostgresUrl(), PORT: '0' }
        : { DATA_DIR: mkdtempSync(join(tmpdir(), 'council-delay-')), PORT: '0' };
    const logLength = await writeExercise(env);
    const first = await spawn(env);
    expect(await report(first.url)).toContain('No delay-cost analysis has been run for this exercise yet');
    const done = await analyse(first.url);
    expect(done.status).toBe('done');
    const result = done.result!;
    expect(result.sensitivity).toBeTruthy();

    if (backend === 'postgres') {
      // Another process of a scaled-out deployment, sharing the database, has it at once.
      const other = await spawn(env);
      expect(await report(other.url)).toMatch(/<figure id="delay-curve"><svg /);
      expect((await lastStored(other.url))?.id).toBe(done.id);
      const polled = await fetch(`${other.url}/api/exercises/${CODE}/review/delay-cost/${done.id}`, {
        headers,
      });
      expect(((await polled.json()) as Status).status).toBe('done');
      await kill(other);
    }

    // The process is killed without warning and started again: the analysis is still there.
    await kill(first);
    const again = await spawn(env);
    const html = await report(again.url);
    expect(html).not.toContain('No delay-cost analysis has been run');
    expect(html).toMatch(/<figure id="delay-curve"><svg /);
    expect(html).toMatch(/<figure id="delay-tornado"><figcaption>[^<]+<\/figcaption><svg /);
    expect(html).toContain('<table id="delay-assumptions">');
    // The review's panel reads it back too, with how much of the record it read.
    const stored = await lastStored(again.url);
    expect(stored).toMatchObject({ id: done.id, status: 'done', logLength, recordLength: logLength });
    expect(stored!.result).toEqual(result);
    expect(await report(again.url, '?lang=fr')).toContain('<h2>Ce qu’a coûté le délai du Conseil</h2>');
    // The same log with the same seeds: the stored analysis answers, nothing is played again.
    const asked = await fetch(`${again.url}/api/exercises/${CODE}/review/delay-cost?seeds=2`, {
      method: 'POST',
      headers,
    });
    expect(await asked.json()).toMatchObject({ id: done.id, status: 'done' });
    // Nobody who may not read the whole record gets it.
    const refused = await fetch(`${again.url}/api/exercises/${CODE}/review/delay-cost`);
    expect(refused.status).toBe(403);
  }, 300_000);
});
