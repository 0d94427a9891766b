// The commands of issue 18 that once broke an exercise, sent with the stock SDK: ids named like
// Object.prototype's members are refused with the code for the thing they fail to name, nothing
// reaches the log, and every seat (Control's sync too) plays on afterwards.
import { describe, expect, it } from 'vitest';
import { cleanUpAfterAll, createExercise, seqOf, startTestServer } from './harness';

const NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];
const rationale = 'A rationale of ten.';

describe('ids named like Object.prototype members', () => {
  const { join, closeServer } = cleanUpAfterAll();

  it('are refused with the right code, store nothing, and the exercise plays on', async () => {
    const server = closeServer(await startTestServer({ tickMs: 0 }));
    const { code, controlKey, exerciseId } = await createExercise(server.url);
    const lead = await join(server.url, { code, controlKey });
    const saceur = await join(server.url, { code });
    const usa = await join(server.url, { code });
    expect(await saceur.command({ type: 'claimSeat', seatId: 'saceur', displayName: 'Sam' })).toMatchObject({
      ok: true,
    });
    expect(await usa.command({ type: 'claimSeat', seatId: 'usa', displayName: 'Ann' })).toMatchObject({
      ok: true,
    });
    expect(await lead.command({ type: 'issueAssistantKey', name: 'Aide' })).toMatchObject({ ok: true });
    seqOf(await lead.command({ type: 'startExercise' }));
    seqOf(await lead.command({ type: 'advancePhase' }));
    const tabled = await lead.command({ type: 'tableDraft', itemIds: ['raise-readiness'] });
    seqOf(tabled);
    const stored = async () => (await server.server.store.events(exerciseId)).length;
    const before = await stored();

    const refusals: [Record<string, unknown>, typeof lead, string][] = [];
    for (const id of NAMES) {
      refusals.push(
        [
          { type: 'overrideResult', target: { kind: 'unitStrength', unitId: id, strength: 50 }, rationale },
          lead,
          'NO_SUCH_UNIT',
        ],
        [
          { type: 'postMessage', channelId: id, template: 'freeText', body: 'Hello.' },
          usa,
          'NO_SUCH_CHANNEL',
        ],
        [{ type: 'markRead', channelId: id, messageId: 'x.1' }, usa, 'NO_SUCH_CHANNEL'],
        [{ type: 'amendDraft', draftId: 'd1', text: 'Revised.', accommodates: [id] }, lead, 'NOT_AN_ALLY'],
        [{ type: 'revokeAssistantKey', keyId: id }, lead, 'NO_SUCH_ASSISTANT'],
        [{ type: 'takePosition', draftId: id, position: 'support' }, usa, 'NO_SUCH_DRAFT'],
      );
    }
    for (const [command, player, expected] of refusals) {
      const reply = await player.command(command);
      expect(reply, JSON.stringify(command)).toMatchObject({ ok: false, code: expected });
    }
    // Orders are taken in the decision phase.
    seqOf(await lead.command({ type: 'advancePhase' }));
    const ordersFrom = await stored();
    for (const id of NAMES) {
      for (const type of ['alertUnit', 'stageUnit', 'haltUnit']) {
        const reply = await saceur.command({ type, unitId: id });
        expect(reply, `${type} ${id}`).toMatchObject({ ok: false, code: 'NO_SUCH_UNIT' });
      }
    }
    expect(await stored()).toBe(ordersFrom);
    expect(ordersFrom).toBe(before + 1);

    // Everyone plays on: Control syncs, a seat posts, SACEUR orders.
    expect((await lead.syncNow()).synced.seq).toBe(ordersFrom);
    const posted = await usa.command({
      type: 'postMessage',
      channelId: 'nac',
      template: 'freeText',
      body: 'Still here.',
    });
    expect(posted).toMatchObject({ ok: true });
    expect(await saceur.command({ type: 'alertUnit', unitId: 'vjtf-lead' })).toMatchObject({ ok: true });
  }, 120_000);
});
