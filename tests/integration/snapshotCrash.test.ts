// Kills the server (SIGKILL) just as it writes a turn's snapshot, or right after, and checks that
// every acknowledged command survives and that the exercise comes back where the log says; against
// PGlite and PostgreSQL. A snapshot write is one insert after the events are durable, so a kill can
// only lose the snapshot, never an event.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { replay, type GameEvent } from '@council/shared';
import { ExerciseStore } from '../../server/src/store/exercises';
import { openDb } from '../../server/src/store/open';
import { Player, createExercise, freshPostgresUrl, seqOf, type Backend } from './harness';
import { spawnServer, type ServerProcess } from './serverProcess';

/** Milliseconds between the acknowledgement of a turn's start and the kill, one per round. */
const KILL_DELAYS = [0, 3, 12];

async function readStore(env: Record<string, string>, exerciseId: string) {
  const db = await openDb({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR! });
  try {
    const { rows } = await db.query<{ seq: number }>('select seq from snapshots where exercise_id = $1', [
      exerciseId,
    ]);
    return { log: await new ExerciseStore(db).events(exerciseId), snapshots: rows.map((r) => Number(r.seq)) };
  } finally {
    await db.close();
  }
}

describe.each<Backend>(['pglite', 'postgres'])('killed while writing snapshots on %s', (backend) => {
  let server: ServerProcess | undefined;
  afterAll(async () => server?.kill());

  it('loses no acknowledged event and comes back to the logged state', async () => {
    const env: Record<string, string> =
      backend === 'postgres'
        ? { DATABASE_URL: await freshPostgresUrl(), PORT: '0', COMMAND_RATE: '1000' }
        : { DATA_DIR: mkdtempSync(join(tmpdir(), 'council-snapcrash-')), PORT: '0', COMMAND_RATE: '1000' };
    server = await spawnServer(env);
    env.PORT = new URL(server.url).port;
    const url = `http://127.0.0.1:${env.PORT}`;
    const { code, exerciseId, controlKey } = await createExercise(server.url);
    const acked: { seq: number; type: string }[] = [];
    let control = await Player.join(url, { code, controlKey });
    const start = await control.command({ type: 'startExercise' });
    expect(start).toMatchObject({ ok: true });
    acked.push({ seq: seqOf(start), type: 'phaseStarted' });

    for (const delay of KILL_DELAYS) {
      // Close phases until one starts a turn: its snapshot is written just after this reply.
      for (;;) {
        const reply = await control.command({ type: 'advancePhase' });
        expect(reply).toMatchObject({ ok: true });
        acked.push({ seq: seqOf(reply), type: 'advance' });
        const view = await control.nextView((v) => v.seq > seqOf(reply));
        if (view.clock.phase === 'situation') break;
      }
      await new Promise((r) => setTimeout(r, delay));
      await server.kill();
      await control.leave();

      const { log, snapshots } = await readStore(env, exerciseId);
      for (const ack of acked) expect(log[ack.seq], `acknowledged event #${ack.seq}`).toBeDefined();
      // Whatever snapshots made it, the restarted server is where the whole log says.
      const truth = replay(log);
      server = await spawnServer(env);
      control = await Player.join(url, { code, controlKey });
      const view = await control.nextView((v) => v.seq === log.length);
      expect(view.clock).toMatchObject({
        turn: truth.clock.turn,
        phase: truth.session.phase,
        gameTime: truth.clock.time,
      });
      expect(snapshots.every((seq) => seq <= log.length)).toBe(true);
    }

    // Play goes on after the last restart, and the store holds snapshots the loads could use.
    const reply = await control.command({ type: 'advancePhase' });
    expect(reply).toMatchObject({ ok: true });
    await control.leave();
    await server.kill();
    const { log, snapshots } = await readStore(env, exerciseId);
    expect(log[seqOf(reply)]).toBeDefined();
    expect(snapshots.length).toBeGreaterThan(0);
    expect(log.filter((e: GameEvent) => e.type === 'turnStarted').length).toBe(KILL_DELAYS.length + 1);
    server = undefined;
  }, 240_000);
});
