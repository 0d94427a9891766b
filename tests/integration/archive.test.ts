// Exercise archives (ADR 0021): Control exports an exercise as one file; another installation imports
// it as a new exercise (new code and control key) that plays on from where it stopped and reviews
// the same. PGlite → PostgreSQL → PGlite gives the same log export, byte for byte but for the identity
// (and the seats Control releases on the first move).
import { describe, expect, it } from 'vitest';
import { cleanUpAfterAll, createExercise, freshPostgresUrl, seqOf, startTestServer } from './harness';

const BODY = 'Carried across: "hold the line" — Tallinn.';

interface Imported {
  exerciseId: string;
  code: string;
  controlKey: string;
  title: string;
  eventCount: number;
}

const controlHeaders = (controlKey: string) => ({ 'X-Control-Key': controlKey });

async function download(url: string, code: string, controlKey: string, file: string): Promise<Buffer> {
  const response = await fetch(`${url}/api/exercises/${code}/${file}`, {
    headers: controlHeaders(controlKey),
  });
  expect(response.status, file).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}

async function importArchive(url: string, archive: Buffer): Promise<Imported> {
  const response = await fetch(`${url}/api/exercises/import`, {
    method: 'POST',
    headers: { 'content-type': 'application/gzip' },
    body: new Uint8Array(archive),
  });
  expect(response.status, await response.clone().text()).toBe(201);
  return (await response.json()) as Imported;
}

/** The log export with this exercise's own id and code replaced, so runs can be compared byte for byte. */
const withoutIdentity = (log: Buffer, exerciseId: string, code: string): string =>
  log.toString('utf8').replaceAll(`"${exerciseId}"`, '"<id>"').replaceAll(`"${code}"`, '"<code>"');

describe('exercise archives', () => {
  // Servers in one process share their services, so each installation closes before the next starts.
  const { join, leaveAll, closeServer } = cleanUpAfterAll();

  it('round-trip PGlite → PostgreSQL → PGlite: same log export and review, playable where it stopped', async () => {
    const first = closeServer(await startTestServer());
    const { code, controlKey, exerciseId } = await createExercise(first.url);
    const control = await join(first.url, { code, controlKey });
    const secgen = await join(first.url, { code });
    const est = await join(first.url, { code });
    await secgen.command({ type: 'claimSeat', seatId: 'secgen', displayName: 'SG' });
    const estToken = (await est.command({ type: 'claimSeat', seatId: 'est', displayName: 'EST' })) as {
      seatToken: string;
    };
    expect(await control.command({ type: 'startExercise' })).toMatchObject({ ok: true });
    expect(await control.command({ type: 'advancePhase' })).toMatchObject({ ok: true });
    await secgen.command({ type: 'tableDraft', itemIds: ['deploy-vjtf'] });
    await est.command({ type: 'postMessage', channelId: 'nac', template: 'demarche', body: BODY });
    const paused = seqOf(await control.command({ type: 'pauseExercise' }));
    await control.nextView((v) => v.seq >= paused, 5000, 'paused');

    const logA = await download(first.url, code, controlKey, 'review/log.json');
    const csvA = await download(first.url, code, controlKey, 'review/messages.csv');
    const archiveA = await download(first.url, code, controlKey, 'archive');
    const eventsA = await first.server.store.events(exerciseId);
    await leaveAll();
    await first.server.close();

    const second = closeServer(await startTestServer({ databaseUrl: await freshPostgresUrl() }));
    const b = await importArchive(second.url, archiveA);
    expect(b.code).not.toBe(code);
    expect(b.controlKey).not.toBe(controlKey);
    const logB = await download(second.url, b.code, b.controlKey, 'review/log.json');
    const archiveB = await download(second.url, b.code, b.controlKey, 'archive');
    await second.server.close();

    const third = closeServer(await startTestServer());
    const c = await importArchive(third.url, archiveB);
    const logC = await download(third.url, c.code, c.controlKey, 'review/log.json');
    const csvC = await download(third.url, c.code, c.controlKey, 'review/messages.csv');

    // The copy's log is the original's, event for event, and then Control releases the seats (nobody
    // can prove they hold one: the archive carries no token hash). A second move changes nothing more.
    const eventsOf = (log: string) => (JSON.parse(log) as { events: unknown[] }).events;
    const textA = withoutIdentity(logA, exerciseId, code);
    const textB = withoutIdentity(logB, b.exerciseId, b.code);
    const eventsB = eventsOf(textB);
    expect(eventsB.slice(0, eventsA.length)).toEqual(eventsOf(textA));
    expect(eventsB.slice(eventsA.length)).toEqual(
      ['secgen', 'est'].map((seatId) => ({
        type: 'seatReleased',
        seatId,
        byControl: true,
        at: expect.any(String),
      })),
    );
    expect(withoutIdentity(logC, c.exerciseId, c.code)).toBe(textB);
    expect(csvC.equals(csvA)).toBe(true);
    expect(c.eventCount).toBe(eventsB.length);

    // Playable from where it stopped: Control resumes, a player takes the seat again and plays on.
    const controlC = await join(third.url, { code: c.code, controlKey: c.controlKey });
    expect(controlC.view?.clock.status).toBe('paused');
    const estC = await join(third.url, { code: c.code, seatToken: estToken.seatToken });
    expect(estC.view?.you.seatId).toBeNull();
    expect(await estC.command({ type: 'claimSeat', seatId: 'est', displayName: 'EST' })).toMatchObject({
      ok: true,
    });
    expect(await controlC.command({ type: 'resumeExercise' })).toMatchObject({ ok: true });
    expect(
      await estC.command({ type: 'postMessage', channelId: 'nac', template: 'demarche', body: 'Played on.' }),
    ).toMatchObject({ ok: true });
  }, 300_000);
});
