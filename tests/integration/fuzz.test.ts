// 10,000 random and mutated messages over real connections: the server stays up, every refusal has a
// code, nothing refused reaches the log, and the log still replays to the live state.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, replay, type ExerciseView, type ViewSync } from '@council/shared';
import { cleanUpAfterAll, createExercise, startTestServer, type Player } from './harness';
import { Fuzzer, prng, type KnownIds } from './fuzz/generate';
import { PROPERTY_SEED } from '../setup/seed';

const MESSAGES = 10_000;
/** The websocket transport's frame cap (server/src/app.ts); larger frames close the connection. */
const MAX_FRAME_BYTES = 64 * 1024;
/** FUZZ_SEED, else the suite's PROPERTY_SEED when one is given, else the fuzzer's own default. */
const SEED = Number(process.env.FUZZ_SEED ?? (process.env.PROPERTY_SEED ? PROPERTY_SEED : 20261123));

/** The ids a view names, by kind, so fuzzed commands can name real seats, items, drafts, units… */
function idsIn(view: ExerciseView | undefined, into: KnownIds): KnownIds {
  if (!view) return into;
  const add = (kind: string, ids: readonly (string | undefined)[]) => {
    const set = into.get(kind) ?? new Set<string>();
    for (const id of ids) if (id) set.add(id);
    into.set(kind, set);
  };
  add(
    'seat',
    view.seats.map((s) => s.id),
  );
  add('item', view.council?.catalogue.map((i) => i.id) ?? []);
  add('draft', view.council?.drafts.map((d) => d.id) ?? []);
  add('channel', view.channels?.channels.map((c) => c.id) ?? []);
  add('message', view.channels?.channels.flatMap((c) => c.messages.map((m) => m.id)) ?? []);
  add('unit', view.forces?.units.map((u) => u.id) ?? []);
  add('place', view.forces?.places.map((p) => p.id) ?? []);
  add('leg', view.forces?.legs.map((l) => l.id) ?? []);
  add(
    'inject',
    view.injects.map((i) => i.id),
  );
  return into;
}

describe('fuzzing the room', () => {
  const cleanup = cleanUpAfterAll();

  it(`survives ${MESSAGES} random and mutated messages (seed ${SEED})`, async () => {
    const server = cleanup.closeServer(await startTestServer({ commandRate: 1e6, tickMs: 0 }));
    const { code, controlKey, exerciseId } = await createExercise(server.url);
    const join = (options: Record<string, unknown>) => cleanup.join(server.url, { code, ...options });
    const control = await join({ controlKey });
    const clients: { options: Record<string, unknown>; player: Player }[] = [
      { options: { controlKey }, player: control },
    ];
    for (const seatId of ['secgen', 'saceur', 'usa', 'hun', 'red', null]) {
      const player = await join({});
      const options: Record<string, unknown> = {};
      if (seatId) {
        const reply = await player.command({ type: 'claimSeat', seatId, displayName: seatId });
        if (reply.ok) options.seatToken = reply.seatToken;
      }
      clients.push({ options, player });
    }
    await control.command({ type: 'startExercise' });

    const random = prng(SEED);
    const fuzzer = new Fuzzer(random, idsIn(control.view, new Map()));
    // Control's connection may be replaced after a garbage frame: always ask the current one.
    const sync = async (): Promise<ExerciseView> =>
      ((await clients[0]!.player.room.request('sync')) as ViewSync).view;
    let seq = (await sync()).seq;
    const tally = { accepted: 0, refused: 0, unknown: 0, garbage: 0, oversized: 0 };

    for (let i = 0; i < MESSAGES; i++) {
      const client = fuzzer.pick(clients);
      const roll = random();
      if (roll < 0.04) {
        client.player.room.send(
          fuzzer.pick(['nonsense', 'Command', '', 'sync!', '__proto__']),
          fuzzer.junk(),
        );
        tally.unknown++;
      } else if (roll < 0.045) {
        // Bytes that are not a Colyseus frame at all: the server may drop this connection; we rejoin.
        client.player.room.connection.send(randomBytes(1 + Math.floor(random() * 64)));
        tally.garbage++;
        await new Promise((r) => setTimeout(r, 20));
        await client.player.leave();
        client.player = await join(client.options);
      } else {
        const command = fuzzer.command() as Record<string, unknown>;
        const size = Buffer.byteLength(JSON.stringify(command) ?? '');
        let reply;
        try {
          reply = await client.player.command(command);
        } catch (error) {
          // Only a frame over the transport's hard cap may cost the connection (it is closed, not parsed).
          expect(
            size,
            `${String(error)} ${JSON.stringify(command)} by ${JSON.stringify(client.options)}`,
          ).toBeGreaterThan(MAX_FRAME_BYTES);
          tally.oversized++;
          await client.player.leave();
          client.player = await join(client.options);
          continue;
        }
        if (reply.ok) {
          expect(reply.seq).toBeGreaterThanOrEqual(seq);
          seq = reply.seq! + 1;
          tally.accepted++;
        } else {
          expect(ERROR_CODES).toContain(reply.code);
          expect(reply.message.length).toBeGreaterThan(0);
          tally.refused++;
        }
      }
      // Nothing but accepted commands ever reaches the log.
      if (i % 10 === 0 || roll < 0.045) expect((await sync()).seq).toBe(seq);
      if (i % 250 === 0) idsIn(clients[0]!.player.view, fuzzer.knownIds);
    }

    // Still up and still playable; the log replays to exactly what the server holds.
    expect((await fetch(`${server.url}/__healthcheck`)).status).toBe(200);
    const events = await server.server.store.events(exerciseId);
    expect(events.length).toBe(seq);
    expect(replay(events).seq).toBe(seq);
    expect((await sync()).seq).toBe(seq);
    // Most random commands are refused by phase or seat; enough must pass to reach the rules behind them.
    expect(tally.accepted).toBeGreaterThan(10);
    expect(tally.refused).toBeGreaterThan(MESSAGES / 2);
    console.log(`fuzz seed ${SEED}:`, JSON.stringify(tally));
  }, 300_000);
});
