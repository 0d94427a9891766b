// Rolling back and forking (ADR 0012) with real clients: Control takes the run back to turn 1, every
// seat sees turn 1 again, a restart keeps it so; a fork over HTTP is a new exercise at the chosen turn.
import { describe, expect, it } from 'vitest';
import { replay, type ExerciseView, type ForkExerciseResponse } from '@council/shared';
import {
  cleanUpAfterAll,
  createExercise,
  freshPostgresUrl,
  seqOf,
  startTestServer,
  type Backend,
} from './harness';

const backends: Backend[] = ['pglite', 'postgres'];
const raised = (view: ExerciseView, itemId: string): boolean =>
  view.council?.catalogue.find((item) => item.id === itemId)?.agenda != null;

describe.each(backends)('rollback and fork on %s', (backend) => {
  const { join, closeServer } = cleanUpAfterAll();

  it('rolls back to turn 1 for every client, keeps it through a restart, and forks a joinable branch', async () => {
    const databaseUrl = backend === 'postgres' ? await freshPostgresUrl() : undefined;
    let server = closeServer(await startTestServer({ databaseUrl }));
    const { code, controlKey, exerciseId } = await createExercise(server.url);
    const control = await join(server.url, { code, controlKey });
    const usa = await join(server.url, { code });
    const claim = await usa.command({ type: 'claimSeat', seatId: 'usa', displayName: 'USA' });
    expect(claim).toMatchObject({ ok: true });
    const seatToken = (claim as { seatToken: string }).seatToken;
    const observer = await join(server.url, { code });

    // Turn 1: the USA raises Article 4; then two turns are played.
    expect(await control.command({ type: 'startExercise' })).toMatchObject({ ok: true });
    expect(await usa.command({ type: 'requestItem', itemId: 'article-4' })).toMatchObject({ ok: true });
    while ((control.view?.clock.turn ?? 0) < 2 || control.view?.clock.phase !== 'consultation') {
      const reply = await control.command({ type: 'advancePhase' });
      expect(reply).toMatchObject({ ok: true });
      await control.nextView((v) => v.seq > seqOf(reply));
    }
    expect(await usa.command({ type: 'requestItem', itemId: 'activate-grp' })).toMatchObject({ ok: true });
    await usa.nextView((v) => v.clock.turn === 2 && raised(v, 'activate-grp'));

    // A seat may not roll back; Control may not go to a turn never played.
    expect(await usa.command({ type: 'rollBack', toTurn: 1 })).toMatchObject({
      ok: false,
      code: 'NOT_CONTROL',
    });
    expect(await control.command({ type: 'rollBack', toTurn: 3 })).toMatchObject({
      ok: false,
      code: 'NO_SUCH_TURN',
    });

    const back = await control.command({ type: 'rollBack', toTurn: 1 });
    expect(back).toMatchObject({ ok: true });
    const turnOne = (v: ExerciseView) =>
      v.seq > seqOf(back) && v.clock.turn === 1 && v.clock.phase === 'situation';
    for (const player of [control, usa, observer]) {
      const view = await player.nextView(turnOne, 5000, 'after the rollback');
      expect(view.clock.gameTime).toBe(control.view!.clock.gameTime);
    }
    // Article 4 was raised after turn 1 began, so it is gone too; the USA still holds its seat.
    expect(raised(usa.view!, 'article-4')).toBe(false);
    expect(raised(usa.view!, 'activate-grp')).toBe(false);
    expect(usa.view!.you.seatId).toBe('usa');
    const live = control.view!;

    // The log kept everything, and replays to what the clients see; a restart brings back the same.
    const log = await server.server.store.events(exerciseId);
    expect(log).toHaveLength(live.seq);
    expect(log[seqOf(back)]).toMatchObject({ type: 'rolledBack', turn: 1 });
    expect(replay(log).clock.turn).toBe(1);
    await server.server.close();
    server = closeServer(await startTestServer({ dataDir: server.dataDir, databaseUrl }));
    const again = await join(server.url, { code, seatToken });
    const view = await again.nextView((v) => v.seq === live.seq);
    expect(view.clock).toMatchObject({ turn: 1, phase: 'situation', gameTime: live.clock.gameTime });
    expect(view.you.seatId).toBe('usa');

    // Fork from turn 1: only with the control key, only to a turn the run has.
    const fork = (body: unknown, key?: string) =>
      fetch(`${server.url}/api/exercises/${code}/fork`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(key ? { 'x-control-key': key } : {}) },
        body: JSON.stringify(body),
      });
    expect((await fork({ turn: 1 })).status).toBe(403);
    expect((await fork({ turn: 1 }, 'not-the-key')).status).toBe(403);
    const tooFar = await fork({ turn: 2 }, controlKey);
    expect(tooFar.status).toBe(409);
    expect(await tooFar.json()).toMatchObject({ code: 'NO_SUCH_TURN' });
    expect((await fork({ turn: 'one' }, controlKey)).status).toBe(400);
    const response = await fork({ turn: 1, title: 'Branch at turn 1' }, controlKey);
    expect(response.status).toBe(201);
    const branch = (await response.json()) as ForkExerciseResponse;
    expect(branch.code).not.toBe(code);
    expect(branch.forkedFrom).toMatchObject({ exerciseId, code, turn: 1 });

    // The branch: its own control key, empty seats, turn 1 paused; the source is unchanged.
    const branchControl = await join(server.url, { code: branch.code, controlKey: branch.controlKey });
    const branchView = await branchControl.nextView((v) => v.clock.turn === 1);
    expect(branchView).toMatchObject({ code: branch.code, title: 'Branch at turn 1' });
    expect(branchView.clock).toMatchObject({ turn: 1, phase: 'situation', status: 'paused' });
    expect(branchView.seats.every((s) => s.holder === null)).toBe(true);
    const player = await join(server.url, { code: branch.code });
    expect(
      await player.command({ type: 'claimSeat', seatId: 'usa', displayName: 'USA again' }),
    ).toMatchObject({
      ok: true,
    });
    expect(await branchControl.command({ type: 'resumeExercise' })).toMatchObject({ ok: true });
    expect(await player.command({ type: 'requestItem', itemId: 'article-4' })).toMatchObject({ ok: true });
    // The source's key is not the branch's.
    expect(await join(server.url, { code: branch.code, controlKey }).catch((e: Error) => e.message)).toMatch(
      /BAD_CONTROL_KEY/,
    );
    expect(await server.server.store.events(exerciseId)).toHaveLength(live.seq);
  }, 90_000);
});
