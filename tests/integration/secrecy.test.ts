// One real client per seat plays scripted turns; every byte each receives is searched for secrets it may
// not see: national red lines, intelligence and domestic state, and private channels' names and messages.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Player, cleanUpAfterAll, createExercise, startTestServer } from './harness';

type Bilingual = { en: string; fr: string };
interface AllyData {
  id: string;
  secret?: { redLines: Bilingual[]; intelligence: Bilingual; domesticState: Bilingual };
}
interface ScenarioData {
  seats: { id: string; kind: string }[];
  allies: AllyData[];
}

const canariesOf = (allyId: string) => [
  `CANARY-${allyId}-REDLINE`,
  `CANARY-${allyId}-INTEL`,
  `CANARY-${allyId}-DOMESTIC`,
];

/** The Baltic scenario with a unique canary in every ally's secrets. */
function scenarioWithCanaries(): { dir: string; scenario: ScenarioData } {
  const source = resolve(import.meta.dirname, '../../scenarios/baltic-tripwire.json');
  const scenario = JSON.parse(readFileSync(source, 'utf8')) as ScenarioData;
  for (const ally of scenario.allies) {
    const [redLine, intel, domestic] = canariesOf(ally.id);
    // Scenario texts are bilingual: each language carries the canary, so either would be caught.
    const both = (canary: string) => ({ en: canary, fr: `${canary} (fr)` });
    ally.secret = { redLines: [both(redLine!)], intelligence: both(intel!), domesticState: both(domestic!) };
  }
  const dir = mkdtempSync(join(tmpdir(), 'council-canary-'));
  writeFileSync(join(dir, 'baltic-tripwire.json'), JSON.stringify(scenario));
  return { dir, scenario };
}

describe('hidden information', () => {
  const cleanup = cleanUpAfterAll();

  it('never sends a seat a secret of another seat, over scripted turns', async () => {
    const { dir, scenario } = scenarioWithCanaries();
    const server = cleanup.closeServer(await startTestServer({ scenariosDir: dir }));
    const { code, controlKey } = await createExercise(server.url);
    const control = await cleanup.join(server.url, { code, controlKey });

    const seated = new Map<string, Player>();
    for (const seat of scenario.seats.filter((s) => s.kind !== 'control')) {
      const player = await cleanup.join(server.url, { code });
      expect(
        await player.command({ type: 'claimSeat', seatId: seat.id, displayName: `Player ${seat.id}` }),
      ).toMatchObject({ ok: true });
      seated.set(seat.id, player);
    }

    // Scripted turns: start, consult, table a draft under silence, take positions, play on.
    expect(await control.command({ type: 'startExercise' })).toMatchObject({ ok: true });
    await control.command({ type: 'advancePhase' });

    // Each ally opens a private channel with the next one and says something only the two may read.
    const allySeats = scenario.seats.filter((s) => s.kind === 'ally').map((s) => s.id);
    const privateCanaries: { canary: string; members: string[] }[] = [];
    for (const [index, opener] of allySeats.entries()) {
      const partner = allySeats[(index + 1) % allySeats.length]!;
      const player = seated.get(opener)!;
      const name = `CANARY-NAME-${opener}-${partner}`;
      const opened = await player.command({ type: 'openChannel', members: [opener, partner], name });
      expect(opened, `${opener} opens a channel`).toMatchObject({ ok: true });
      const view = await player.nextView((v) => v.channels.channels.some((c) => c.name === name));
      const channelId = view.channels.channels.find((c) => c.name === name)!.id;
      const body = `CANARY-MSG-${opener}-${partner}`;
      expect(
        await player.command({ type: 'postMessage', channelId, template: 'demarche', body }),
      ).toMatchObject({
        ok: true,
      });
      privateCanaries.push(
        { canary: name, members: [opener, partner] },
        { canary: body, members: [opener, partner] },
      );
    }
    const sg = seated.get('secgen')!;
    expect(await sg.command({ type: 'tableDraft', itemIds: ['article-4'], silenceHours: 24 })).toMatchObject({
      ok: true,
    });
    for (let turn = 0; turn < 3; turn++) {
      const draft = sg.view?.council?.drafts?.find((d) => d.status === 'open' || d.status === 'silence');
      for (const [seatId, player] of seated) {
        const kind = scenario.seats.find((s) => s.id === seatId)?.kind;
        if (kind === 'ally' && draft)
          await player.command({ type: 'takePosition', draftId: draft.id, position: 'support' });
        await player.command({ type: 'submitMoves' });
      }
      for (let phase = 0; phase < 4; phase++) await control.command({ type: 'advancePhase' });
    }
    expect(control.view?.clock.turn).toBeGreaterThan(1);

    // Let the last views arrive, then read every byte each client got.
    await new Promise((r) => setTimeout(r, 300));
    const audiences: [string, Player][] = [['control', control], ...seated];
    for (const { canary, members } of privateCanaries) {
      for (const [seatId, player] of audiences) {
        const entitled = seatId === 'control' || members.includes(seatId);
        if (player.bytesReceived().includes(Buffer.from(canary)) !== entitled) {
          throw new Error(`${seatId} ${entitled ? 'did not receive' : 'received'} ${canary}`);
        }
      }
    }
    for (const ally of scenario.allies) {
      for (const canary of canariesOf(ally.id)) {
        const needle = Buffer.from(canary);
        for (const [seatId, player] of audiences) {
          const entitled = seatId === 'control' || seatId === ally.id;
          const saw = player.bytesReceived().includes(needle);
          if (saw !== entitled) {
            throw new Error(`${seatId} ${saw ? 'received' : 'did not receive'} ${canary}`);
          }
        }
      }
    }
  }, 180_000);

  it('sends a seat nothing at all, not even a new log position, for a change it cannot see', async () => {
    const server = cleanup.closeServer(await startTestServer());
    const { code, controlKey } = await createExercise(server.url);
    const control = await cleanup.join(server.url, { code, controlKey });
    const seated: Record<string, Player> = {};
    for (const seatId of ['est', 'lva', 'ltu']) {
      seated[seatId] = await cleanup.join(server.url, { code });
      await seated[seatId].command({ type: 'claimSeat', seatId, displayName: seatId });
    }
    const { est, lva, ltu } = seated as Record<'est' | 'lva' | 'ltu', Player>;
    expect(await control.command({ type: 'startExercise' })).toMatchObject({ ok: true });
    expect(
      await est.command({ type: 'openChannel', members: ['est', 'lva'], name: 'Baltic two' }),
    ).toMatchObject({
      ok: true,
    });
    const channelId = (
      await est.nextView((v) => v.channels.channels.some((c) => c.name === 'Baltic two'))
    ).channels.channels.find((c) => c.name === 'Baltic two')!.id;
    await ltu.syncNow();
    const before = { frames: ltu.framesReceived(), seq: ltu.view!.seq };

    const posted = await est.command({
      type: 'postMessage',
      channelId,
      template: 'freeText',
      body: 'Between us.',
    });
    expect(posted).toMatchObject({ ok: true });
    const seq = (posted as { seq: number }).seq + 1;
    await lva.nextView((v) => v.seq >= seq);
    await control.nextView((v) => v.seq >= seq);
    // The reply to this request comes after anything the post sent Lithuania: only the reply came.
    const { patched, synced } = await ltu.syncNow();
    expect(ltu.framesReceived()).toBe(before.frames + 1);
    expect(patched.seq).toBe(before.seq);
    expect(synced.seq).toBe(seq);

    // A change Lithuania can see reaches it, with the log position of that moment.
    const visible = await control.command({ type: 'broadcast', text: 'All seats: stand by.' });
    expect(visible).toMatchObject({ ok: true });
    const after = await ltu.nextView((v) => v.broadcasts.length > 0);
    expect(after.seq).toBe((visible as { seq: number }).seq + 1);
  });
});
