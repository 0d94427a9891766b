// The `orders` request through real SDK clients (ADR 0014): the forces order menu is no longer in
// the view; each connection asks for its own and never receives another seat's units in the reply.
import { describe, expect, it } from 'vitest';
import type { OrdersReply } from '@council/shared';
import { cleanUpAfterAll, createExercise, startTestServer, type Player } from './harness';

/** A request's reply and the bytes it came in: all that arrived while it was out (no clock runs, nobody else acts). */
async function withBytes(player: Player, type: string): Promise<{ reply: OrdersReply; bytes: string }> {
  const frames = player.framesReceived();
  const before = player.bytesReceived().length;
  const reply = (await player.room.request(type)) as OrdersReply;
  expect(player.framesReceived() - frames, 'one frame: the reply').toBe(1);
  return { reply, bytes: player.bytesReceived().subarray(before).toString('latin1') };
}

const menuOf = (reply: OrdersReply) => {
  if (!reply.ok || !reply.menu) throw new Error(`no menu: ${JSON.stringify(reply)}`);
  return reply.menu;
};

describe('the orders request', () => {
  const cleanup = cleanUpAfterAll();

  it('answers each seat with its own menu only, none of it in the view', async () => {
    const server = cleanup.closeServer(await startTestServer({ tickMs: 0 }));
    const { code, controlKey } = await createExercise(server.url);
    const control = await cleanup.join(server.url, { code, controlKey });
    const seats = new Map<string, Player>();
    for (const seatId of ['est', 'usa', 'saceur', 'red']) {
      const player = await cleanup.join(server.url, { code });
      expect(await player.command({ type: 'claimSeat', seatId, displayName: seatId })).toMatchObject({
        ok: true,
      });
      seats.set(seatId, player);
    }
    const lobby = await cleanup.join(server.url, { code });
    expect(await control.command({ type: 'startExercise' })).toMatchObject({ ok: true });
    for (let i = 0; i < 5 && control.view!.clock.phase !== 'decision'; i++) {
      const seq = control.view!.seq;
      expect(await control.command({ type: 'advancePhase' })).toMatchObject({ ok: true });
      await control.nextView((v) => v.seq > seq);
    }
    expect(control.view!.clock.phase).toBe('decision');
    const est = seats.get('est')!;
    await est.nextView((v) => v.clock.phase === 'decision');

    // The view carries the map but no menu: no `orders`, no refusal reason, in any frame so far.
    for (const player of [control, ...seats.values()]) {
      expect(player.view!.forces).not.toBeNull();
      expect(player.view!.forces).not.toHaveProperty('orders');
      expect(player.bytesReceived().includes('closedReason')).toBe(false);
    }

    const units = control.view!.forces!.units;
    const estUnits = units.filter((u) => u.side === 'blue' && u.owner === 'EST').map((u) => u.id);
    const others = units.map((u) => u.id).filter((id) => !estUnits.includes(id));
    expect(estUnits.length).toBeGreaterThan(0);

    // Estonia asks: its reply names its own units, and no other seat's, byte for byte.
    const { reply, bytes } = await withBytes(est, 'orders');
    const menu = menuOf(reply);
    expect(menu.open).toBe(true);
    expect(menu.units.map((u) => u.unitId).sort()).toEqual([...estUnits].sort());
    for (const id of estUnits) expect(bytes).toContain(id);
    const unambiguous = others.filter((id) => !estUnits.some((own) => own.includes(id)));
    for (const id of unambiguous) expect(bytes, `Estonia's reply names ${id}`).not.toContain(id);

    // Red gets Red's units, SACEUR the alliance's, Control every side's.
    const sideOf = new Map(units.map((u) => [u.id, u.side]));
    const red = menuOf(await seats.get('red')!.room.request('orders'));
    expect(red.units.length).toBeGreaterThan(0);
    expect(red.units.every((u) => sideOf.get(u.unitId) === 'red')).toBe(true);
    const saceur = menuOf(await seats.get('saceur')!.room.request('orders'));
    expect(saceur.units.every((u) => sideOf.get(u.unitId) === 'blue')).toBe(true);
    const all = menuOf(await control.room.request('orders'));
    expect(new Set(all.units.map((u) => sideOf.get(u.unitId)))).toEqual(new Set(['red', 'blue']));

    // A payload cannot ask for another seat's menu: the server reads the connection, not the message.
    const asUsa = menuOf(await est.room.request('orders', { seatId: 'usa', isControl: true }));
    expect(asUsa.units.map((u) => u.unitId).sort()).toEqual([...estUnits].sort());

    // A connection without a seat is refused, as for `legal`.
    expect(await lobby.room.request('orders')).toMatchObject({ ok: false, code: 'NOT_YOUR_SEAT' });

    // Outside the decision phase the menu is closed, with the reason; Control may still order.
    const seq = control.view!.seq;
    expect(await control.command({ type: 'advancePhase' })).toMatchObject({ ok: true });
    await est.nextView((v) => v.seq > seq && v.clock.phase !== 'decision');
    const closed = menuOf(await est.room.request('orders'));
    expect(closed).toMatchObject({ open: false, closedReason: expect.stringMatching(/decision/i) });
    expect(menuOf(await control.room.request('orders')).open).toBe(true);
  }, 60_000);

  it('answers a null menu in a scenario without forces', async () => {
    const server = cleanup.closeServer(await startTestServer({ tickMs: 0 }));
    const { code, controlKey } = await createExercise(server.url, 'ukraine-ceasefire');
    const control = await cleanup.join(server.url, { code, controlKey });
    const party = await cleanup.join(server.url, { code });
    expect(await party.command({ type: 'claimSeat', seatId: 'ukraine', displayName: 'Kyiv' })).toMatchObject({
      ok: true,
    });
    expect(control.view!.forces).toBeNull();
    expect(await control.room.request('orders')).toEqual({ ok: true, menu: null });
    expect(await party.room.request('orders')).toEqual({ ok: true, menu: null });
  }, 30_000);

  it('counts against the same rate limit as commands', async () => {
    const server = cleanup.closeServer(await startTestServer({ tickMs: 0, commandRate: 2 })); // bursts of 4
    const { code, controlKey } = await createExercise(server.url);
    const control = await cleanup.join(server.url, { code, controlKey });
    const replies = (await Promise.all(
      Array.from({ length: 10 }, () => control.room.request('orders')),
    )) as OrdersReply[];
    const codes = replies.map((r) => (r.ok ? 'ok' : r.code));
    expect(codes.filter((c) => c === 'RATE_LIMITED').length).toBeGreaterThanOrEqual(5);
    expect(codes.filter((c) => c !== 'RATE_LIMITED').every((c) => c === 'ok')).toBe(true);
    // The bucket is the commands' own: emptied by menu requests, it refuses a command too.
    expect(await control.command({ type: 'startExercise' })).toMatchObject({
      ok: false,
      code: 'RATE_LIMITED',
    });
  }, 30_000);
});
