// The walking skeleton through real SDK clients: create, claim, exclusivity, bad input, reload, restart.
import { describe, expect, it } from 'vitest';
import {
  cleanUpAfterAll,
  createExercise,
  freshPostgresUrl,
  joinError,
  startTestServer,
  type Backend,
  type TestServer,
} from './harness';
import { PROTOCOL_VERSION } from '@council/shared';

const backends: Backend[] = ['pglite', 'postgres'];

describe.each(backends)('lobby on %s', (backend) => {
  const { join, leaveAll, closeServer } = cleanUpAfterAll();
  const start = async (previous?: TestServer) =>
    closeServer(
      await startTestServer(
        previous
          ? { dataDir: previous.dataDir, databaseUrl: previous.databaseUrl }
          : { databaseUrl: backend === 'postgres' ? await freshPostgresUrl() : undefined },
      ),
    );

  it('runs the walking skeleton and keeps seats across a restart', async () => {
    const first = await start();
    const { code, controlKey } = await createExercise(first.url);
    expect(code).toMatch(/^[A-Z2-9]{6}$/);

    const control = await join(first.url, { code, controlKey });
    expect(control.view?.you).toEqual({ seatId: null, isControl: true });

    const ann = await join(first.url, { code });
    const bob = await join(first.url, { code });
    const claimed = await ann.command({ type: 'claimSeat', seatId: 'usa', displayName: 'Ann' });
    expect(claimed).toMatchObject({ ok: true, seatToken: expect.any(String) });
    const annToken = (claimed as { seatToken: string }).seatToken;

    // Everyone sees, live, who holds the seat and that they are connected.
    for (const viewer of [control, bob]) {
      const view = await viewer.nextView((v) => v.seats.some((s) => s.id === 'usa' && s.holder !== null));
      expect(view.seats.find((s) => s.id === 'usa')).toMatchObject({
        holder: { displayName: 'Ann' },
        connected: true,
      });
    }

    // A second claim of a held seat is refused with a readable message and changes nothing.
    const seqBefore = bob.view!.seq;
    const refused = await bob.command({ type: 'claimSeat', seatId: 'usa', displayName: 'Bob' });
    // The refusal carries what a client words it from, in either language (ADR 0029).
    expect(refused).toEqual({
      ok: false,
      code: 'SEAT_TAKEN',
      message: 'United States is already held by Ann.',
      params: { reason: 'held', seat: { en: 'United States', fr: 'États-Unis' }, name: 'Ann' },
    });
    expect(bob.view!.seq).toBe(seqBefore);

    // Neither the seat token nor the control key ever reaches another client.
    const bobBytes = JSON.stringify(bob.received);
    expect(bobBytes).not.toContain(annToken);
    expect(bobBytes).not.toContain(controlKey);
    expect(JSON.stringify(control.received)).not.toContain(annToken);

    // Ann reloads her page: the token brings her seat back.
    await ann.leave();
    await control.nextView((v) => v.seats.find((s) => s.id === 'usa')?.connected === false);
    const annAgain = await join(first.url, { code, seatToken: annToken });
    expect(annAgain.view?.you.seatId).toBe('usa');

    // The server restarts: exercise and seats come back from storage.
    await leaveAll();
    await first.server.close();
    const second = await start(first);
    const afterRestart = await join(second.url, { code, seatToken: annToken });
    expect(afterRestart.view?.you.seatId).toBe('usa');
    expect(afterRestart.view?.seats.find((s) => s.id === 'usa')?.holder).toEqual({ displayName: 'Ann' });
    const controlAgain = await join(second.url, { code, controlKey });
    expect(controlAgain.view?.you.isControl).toBe(true);
  });

  it('refuses bad input with codes and changes nothing', async () => {
    const server = await start();
    const { code, controlKey } = await createExercise(server.url);

    expect(await joinError(server.url, { protocolVersion: PROTOCOL_VERSION, code: 'QQQQQQ' })).toMatch(
      /^NO_SUCH_EXERCISE: /,
    );
    expect(
      await joinError(server.url, { protocolVersion: PROTOCOL_VERSION, code, controlKey: 'guess' }),
    ).toMatch(/^BAD_CONTROL_KEY: /);
    expect(await joinError(server.url, { protocolVersion: 99, code })).toMatch(/^PROTOCOL_MISMATCH: /);

    const player = await join(server.url, { code });
    const control = await join(server.url, { code, controlKey });
    const seq = player.view!.seq;
    expect(await player.command({ type: 'claimSeat', seatId: 'usa' })).toMatchObject({
      ok: false,
      code: 'BAD_REQUEST',
    });
    expect(await player.command({ type: 'launchMissiles' })).toMatchObject({
      ok: false,
      code: 'BAD_REQUEST',
    });
    expect(
      await player.command({ type: 'claimSeat', seatId: 'usa', displayName: 'x'.repeat(20_000) }),
    ).toMatchObject({
      ok: false,
      code: 'MESSAGE_TOO_LARGE',
    });
    expect(
      await player.command({ type: 'claimSeat', seatId: 'control', displayName: 'Mallory' }),
    ).toMatchObject({
      ok: false,
      code: 'SEAT_RESERVED_FOR_CONTROL',
    });
    expect(await player.command({ type: 'releaseSeat', seatId: 'usa' })).toMatchObject({ ok: false });

    player.room.send('nonsense', { a: 1 });
    await expect
      .poll(() => player.received.some((m) => (m as { type: string }).type === 'notice'))
      .toBe(true);
    expect(player.received).toContainEqual({
      type: 'notice',
      payload: { code: 'UNKNOWN_MESSAGE', message: 'The server does not know the message "nonsense".' },
    });

    // Nothing above was recorded: a fresh view has the same sequence number.
    const fresh = await join(server.url, { code });
    expect(fresh.view!.seq).toBe(seq);
    expect(control.view!.seats.every((s) => s.holder === null)).toBe(true);
  });
});
