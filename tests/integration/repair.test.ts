// A stored log that cannot be replayed, met from outside with @colyseus/sdk (ADR 0016): the exercise
// still opens, Control sees the first failing event and repairs it, players see it paused for
// repair until then, play resumes, and a restart opens the repaired exercise.
import { describe, expect, it } from 'vitest';
import type { GameEvent } from '@council/shared';
import { ExerciseStore } from '../../server/src/store/exercises';
import { openDb } from '../../server/src/store/open';
import { cleanUpAfterAll, createExercise, seqOf, startTestServer } from './harness';

/** What an older release's bug might have stored: an event no rule of this release applies. */
const POISON = { type: 'unitTeleported', unitId: 'nld-1', to: 'tallinn' } as unknown as GameEvent;

async function poison(dataDir: string, exerciseId: string): Promise<number> {
  const db = await openDb({ dataDir });
  try {
    const store = new ExerciseStore(db);
    const seq = (await store.events(exerciseId)).length;
    const at = new Date().toISOString();
    await store.append(
      exerciseId,
      seq,
      [POISON, { type: 'hotwashSet', enabled: false, at } as GameEvent],
      at,
    );
    return seq;
  } finally {
    await db.close();
  }
}

describe('an exercise whose log cannot be replayed', () => {
  const { join, leaveAll, closeServer } = cleanUpAfterAll();

  it('opens under repair, Control repairs it, play resumes, and a restart keeps it repaired', async () => {
    const first = await startTestServer({ tickMs: 0 });
    const { code, controlKey, exerciseId } = await createExercise(first.url);
    const control = await join(first.url, { code, controlKey });
    const usa = await join(first.url, { code });
    const claim = await usa.command({ type: 'claimSeat', seatId: 'usa', displayName: 'USA' });
    const { seatToken } = claim as { seatToken: string };
    expect(await control.command({ type: 'startExercise' })).toMatchObject({ ok: true });
    await leaveAll();
    await first.server.close();

    const failedSeq = await poison(first.dataDir, exerciseId);
    const second = await startTestServer({ dataDir: first.dataDir, tickMs: 0 });
    const lead = await join(second.url, { code, controlKey });
    expect(lead.view!.repair).toEqual({ seq: failedSeq, type: 'unitTeleported' });
    expect(lead.view!.clock.underRepair).toBe(true);
    const player = await join(second.url, { code, seatToken });
    expect(player.view!.you.seatId).toBe('usa');
    expect(player.view!.clock.underRepair).toBe(true);
    expect(player.view!.repair).toBeUndefined();
    expect(player.bytesReceived().includes('unitTeleported')).toBe(false);
    expect(await player.command({ type: 'requestItem', itemId: 'article-4' })).toMatchObject({
      ok: false,
      code: 'EXERCISE_UNDER_REPAIR',
    });
    expect(await lead.command({ type: 'advancePhase' })).toMatchObject({
      ok: false,
      code: 'EXERCISE_UNDER_REPAIR',
    });
    expect(await player.command({ type: 'repairLog', failedSeq })).toMatchObject({
      ok: false,
      code: 'NOT_CONTROL',
    });

    const repaired = await lead.command({ type: 'repairLog', failedSeq });
    expect(repaired).toMatchObject({ ok: true });
    const sound = (view: { seq: number; clock: { underRepair?: true } }) =>
      view.seq > seqOf(repaired) - 1 && view.clock.underRepair === undefined;
    expect((await lead.nextView(sound, 5000, 'repaired')).repair).toBeUndefined();
    await player.nextView(sound, 5000, 'repaired');
    const raised = await player.command({ type: 'requestItem', itemId: 'article-4' });
    expect(raised).toMatchObject({ ok: true });
    await leaveAll();
    await second.server.close();

    const third = closeServer(await startTestServer({ dataDir: first.dataDir, tickMs: 0 }));
    const again = await join(third.url, { code, controlKey });
    expect(again.view!.repair).toBeUndefined();
    expect(again.view!.clock.underRepair).toBeUndefined();
    expect(again.view!.council?.catalogue.find((i) => i.id === 'article-4')?.agenda).toBeTruthy();
    expect(await again.command({ type: 'advancePhase' })).toMatchObject({ ok: true });
  }, 120_000);
});
