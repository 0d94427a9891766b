// Control's console through real SDK clients (ADR 0009): an assistant joins with a key the lead
// issued, assigns a seat whose token reaches only the assistant, sends an ad-hoc inject that no
// other seat receives a byte of, swaps seats live, broadcasts, and is shut out when the key is revoked.
import { describe, expect, it } from 'vitest';
import { cleanUpAfterAll, createExercise, joinError, startTestServer } from './harness';
import { PROTOCOL_VERSION } from '@council/shared';

describe("Control's console", () => {
  const { join, closeServer } = cleanUpAfterAll();

  it('runs a lead and an assistant, seats, secrets and broadcasts end to end', async () => {
    const server = closeServer(await startTestServer({ tickMs: 0 }));
    const { code, controlKey } = await createExercise(server.url);
    const lead = await join(server.url, { code, controlKey, controlName: 'Lea' });

    // The lead issues an assistant key; the reply carries it, the log and views only its hash.
    const issued = await lead.command({ type: 'issueAssistantKey', name: 'Sam' });
    expect(issued).toMatchObject({ ok: true, controlKey: expect.any(String) });
    const assistantKey = (issued as { controlKey: string }).controlKey;
    expect(assistantKey).not.toBe(controlKey);
    const assistant = await join(server.url, { code, controlKey: assistantKey, controlName: 'Sam' });
    const team = await lead.nextView((v) => (v.controlRoom?.team.length ?? 0) === 2, 10_000, 'step 1');
    expect(team.controlRoom?.team).toEqual([
      { name: 'Lea', role: 'lead' },
      { name: 'Sam', role: 'assistant' },
    ]);
    expect(await assistant.command({ type: 'issueAssistantKey', name: 'Max' })).toMatchObject({
      ok: false,
      code: 'NOT_LEAD_CONTROL',
    });

    // The assistant assigns Estonia; the token comes back to the assistant alone.
    const assigned = await assistant.command({ type: 'assignSeat', seatId: 'est', displayName: 'Kadri' });
    expect(assigned).toMatchObject({ ok: true, seatToken: expect.any(String) });
    const estToken = (assigned as { seatToken: string }).seatToken;
    const kadri = await join(server.url, { code, seatToken: estToken });
    expect(kadri.view?.you).toEqual({ seatId: 'est', isControl: false });
    const ann = await join(server.url, { code });
    expect(await ann.command({ type: 'claimSeat', seatId: 'usa', displayName: 'Ann' })).toMatchObject({
      ok: true,
    });

    await lead.command({ type: 'startExercise' });
    const canary = 'CANARY-adhoc-for-estonia';
    expect(
      await assistant.command({ type: 'injectAdHoc', title: 'Cable', body: canary, audience: ['est'] }),
    ).toMatchObject({ ok: true });
    await kadri.nextView((v) => v.injects.some((i) => i.text === canary), 10_000, 'step 2');
    expect(await lead.command({ type: 'broadcast', text: 'Coffee at eleven.' })).toMatchObject({ ok: true });
    await ann.nextView((v) => v.broadcasts.some((b) => b.text === 'Coffee at eleven.'), 10_000, 'step 3');
    expect(ann.bytesReceived().includes(canary)).toBe(false);
    expect(ann.view?.injects.some((i) => i.adHoc)).toBe(false);
    // Nobody but the lead and the assistant ever received a seat token or the assistant key.
    for (const player of [kadri, ann]) {
      expect(player.bytesReceived().includes(estToken)).toBe(false);
      expect(player.bytesReceived().includes(assistantKey)).toBe(false);
    }
    expect(lead.bytesReceived().includes(estToken)).toBe(false);

    // Swapping moves the live connections with their holders, and Control sees when each acted.
    expect(await lead.command({ type: 'swapSeats', a: 'est', b: 'usa' })).toMatchObject({ ok: true });
    const swapped = await kadri.nextView((v) => v.you.seatId === 'usa', 10_000, 'step 4');
    expect(swapped.seats.find((s) => s.id === 'usa')?.holder).toEqual({ displayName: 'Kadri' });
    await ann.nextView((v) => v.you.seatId === 'est', 10_000, 'step 5');
    const itemId = ann.view?.council?.catalogue[0]?.id ?? '';
    expect(await ann.command({ type: 'requestItem', itemId })).toMatchObject({ ok: true });
    const acted = await lead.nextView((v) => v.controlRoom?.lastActedAt.est !== undefined, 10_000, 'step 6');
    // Times are per seat: the United States acted when Ann claimed it, Estonia when she acted from it.
    expect(Object.keys(acted.controlRoom?.lastActedAt ?? {}).sort()).toEqual(['est', 'usa']);
    expect(ann.view?.controlRoom).toBeNull();

    // Revoking the key shuts the assistant out, now and on any later join.
    const keyId = team.controlRoom?.assistantKeys[0]?.keyId ?? '';
    expect(await lead.command({ type: 'revokeAssistantKey', keyId })).toMatchObject({ ok: true });
    await lead.nextView((v) => v.controlRoom?.team.length === 1, 10_000, 'step 7');
    expect(
      await joinError(server.url, { protocolVersion: PROTOCOL_VERSION, code, controlKey: assistantKey }),
    ).toContain('BAD_CONTROL_KEY');
  }, 60_000);
});
