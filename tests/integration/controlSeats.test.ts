// Who may act as whom, through real SDK clients (ADR 0019): a Control connection, lead or
// assistant, plays no seat (its claim is refused, a seat token beside its key is ignored), and
// Control chairs the Council only while the Secretary General's seat is free.
import { describe, expect, it } from 'vitest';
import { cleanUpAfterAll, createExercise, startTestServer } from './harness';

describe('Control and the seats', () => {
  const { join, closeServer } = cleanUpAfterAll();

  it('keeps Control out of player seats and out of a held chair', async () => {
    const server = closeServer(await startTestServer({ tickMs: 0 }));
    const { code, controlKey } = await createExercise(server.url);
    const lead = await join(server.url, { code, controlKey, controlName: 'Lea' });
    const issued = await lead.command({ type: 'issueAssistantKey', name: 'Sam' });
    const assistantKey = (issued as { controlKey: string }).controlKey;
    const assistant = await join(server.url, { code, controlKey: assistantKey, controlName: 'Sam' });

    // Neither the lead nor the assistant may claim a player's seat; the seat stays free.
    for (const connection of [lead, assistant]) {
      expect(
        await connection.command({ type: 'claimSeat', seatId: 'est', displayName: 'Control member' }),
      ).toMatchObject({ ok: false, code: 'CONTROL_HOLDS_NO_SEAT' });
    }
    expect(assistant.view?.seats.find((s) => s.id === 'est')?.holder).toBeNull();

    // A seat token sent beside a control key opens Control, never the seat too.
    const assigned = await lead.command({ type: 'assignSeat', seatId: 'secgen', displayName: 'Jens' });
    const sgToken = (assigned as { seatToken: string }).seatToken;
    const both = await join(server.url, { code, controlKey: assistantKey, seatToken: sgToken });
    expect(both.view?.you).toEqual({ seatId: null, isControl: true });

    // With the Secretary General's seat held, Control no longer chairs; the Secretary General does.
    await lead.command({ type: 'startExercise' });
    await lead.command({ type: 'advancePhase' });
    const sitting = await lead.nextView((v) => v.clock.phase === 'consultation', 10_000, 'consultation');
    expect(sitting.council?.chair).toEqual({ seatId: 'secgen', held: true, youChair: false });
    expect(await assistant.command({ type: 'tableDraft', itemIds: ['article-4'] })).toMatchObject({
      ok: false,
      code: 'NOT_THE_CHAIR',
    });
    const jens = await join(server.url, { code, seatToken: sgToken });
    expect(jens.view?.council?.chair.youChair).toBe(true);
    expect(await jens.command({ type: 'tableDraft', itemIds: ['article-4'] })).toMatchObject({ ok: true });

    // Freed again, the chair is Control's.
    expect(await lead.command({ type: 'releaseSeat', seatId: 'secgen' })).toMatchObject({ ok: true });
    const free = await lead.nextView((v) => v.council?.chair.held === false, 10_000, 'chair freed');
    expect(free.council?.chair.youChair).toBe(true);
    expect(await assistant.command({ type: 'tableDraft', itemIds: ['public-statement'] })).toMatchObject({
      ok: true,
    });
  }, 90_000);
});
