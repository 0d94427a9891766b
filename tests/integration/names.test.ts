// Names that cannot deceive (issue 18 item 4, ADR 0024), sent with the stock SDK: names of hidden
// characters only, with text-direction overrides, passing for another holder or for Control, and a
// NUL, each refused with its code; nothing reaches the log and the exercise plays on.
import { describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '@council/shared';
import { cleanUpAfterAll, createExercise, joinError, seqOf, startTestServer } from './harness';

describe('names that cannot deceive', () => {
  const { join, closeServer } = cleanUpAfterAll();

  it('are refused with their codes, store nothing, and the exercise plays on', async () => {
    const server = closeServer(await startTestServer({ tickMs: 0 }));
    const { code, controlKey, exerciseId } = await createExercise(server.url);
    const lead = await join(server.url, { code, controlKey });
    const usa = await join(server.url, { code });
    const est = await join(server.url, { code });
    expect(await usa.command({ type: 'claimSeat', seatId: 'usa', displayName: 'P usa' })).toMatchObject({
      ok: true,
    });
    expect(await lead.command({ type: 'issueAssistantKey', name: 'Mara' })).toMatchObject({ ok: true });
    seqOf(await lead.command({ type: 'startExercise' }));
    const stored = async () => (await server.server.store.events(exerciseId)).length;
    const before = await stored();

    const claim = (displayName: string) => ({ type: 'claimSeat', seatId: 'est', displayName });
    const refusals: [Record<string, unknown>, typeof lead, string][] = [
      [claim('\u200b\u200c\u200d'), est, 'NAME_HIDDEN_CHARACTERS'],
      [claim('Kadri\u202Emmat'), est, 'NAME_HIDDEN_CHARACTERS'],
      [claim('\u2067Kadri\u2069'), est, 'NAME_HIDDEN_CHARACTERS'],
      [claim('\uFEFFKadri'), est, 'NAME_HIDDEN_CHARACTERS'],
      [claim(' . '), est, 'NAME_BLANK'],
      [claim('P usa\u200b'), est, 'NAME_HIDDEN_CHARACTERS'],
      [claim('P  usa'), est, 'NAME_TAKEN'],
      [claim('p.  USA'), est, 'NAME_TAKEN'],
      [claim('MARA'), est, 'NAME_TAKEN'],
      [claim('Control (White cell)'), est, 'NAME_CLAIMS_ROLE'],
      [claim('Contrôle'), est, 'NAME_CLAIMS_ROLE'],
      [claim('SACEUR'), est, 'NAME_CLAIMS_ROLE'],
      [claim('Umpire'), est, 'NAME_CLAIMS_ROLE'],
      [claim('Latvia'), est, 'NAME_CLAIMS_ROLE'],
      [claim('Lettonie'), est, 'NAME_CLAIMS_ROLE'],
      // Storage cannot keep a NUL: refused before the schema, never STORAGE_FAILED.
      [claim('Kadri\u0000'), est, 'BAD_REQUEST'],
      [{ type: 'assignSeat', seatId: 'lva', displayName: 'White cell' }, lead, 'NAME_CLAIMS_ROLE'],
      [{ type: 'assignSeat', seatId: 'lva', displayName: 'Mára' }, lead, 'NAME_TAKEN'],
      [{ type: 'issueAssistantKey', name: '\u202Eeram' }, lead, 'NAME_HIDDEN_CHARACTERS'],
      [{ type: 'issueAssistantKey', name: 'P USA' }, lead, 'NAME_TAKEN'],
      [{ type: 'openChannel', members: ['usa', 'est'], name: 'Talks\u200f' }, usa, 'NAME_HIDDEN_CHARACTERS'],
      [{ type: 'openChannel', members: ['usa', 'gbr'], name: 'Control notices' }, usa, 'NAME_CLAIMS_ROLE'],
      [
        { type: 'injectAdHoc', title: 'Flash\u202e', body: 'Text.', audience: 'all' },
        lead,
        'NAME_HIDDEN_CHARACTERS',
      ],
    ];
    for (const [command, player, expected] of refusals) {
      const reply = await player.command(command);
      expect(reply, JSON.stringify(command)).toMatchObject({ ok: false, code: expected });
    }
    expect(await stored()).toBe(before);

    // A Control member's name and an exercise's title are names too.
    const joined = await joinError(server.url, {
      protocolVersion: PROTOCOL_VERSION,
      code,
      controlKey,
      controlName: 'Lead\u202E',
    });
    expect(joined).toMatch(/^NAME_HIDDEN_CHARACTERS: /);
    for (const [title, expected] of [
      ['Exercise\u0000', 'BAD_REQUEST'],
      ['\u200b', 'NAME_HIDDEN_CHARACTERS'],
      ['Baltic\u2066', 'NAME_HIDDEN_CHARACTERS'],
    ] as const) {
      const response = await fetch(`${server.url}/api/exercises`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ protocolVersion: PROTOCOL_VERSION, scenarioId: 'baltic-tripwire', title }),
      });
      expect(response.status, title).toBe(400);
      expect(await response.json(), title).toMatchObject({ code: expected });
    }

    // The exercise plays on: the seat is taken under a clean name, normalised, and a post goes through.
    const taken = await est.command(claim('  Kadri\u00A0\u00A0Tamm '));
    expect(taken).toMatchObject({ ok: true });
    const view = await est.nextView((v) => v.seats.some((s) => s.id === 'est' && s.holder !== undefined));
    expect(view.seats.find((s) => s.id === 'est')?.holder?.displayName).toBe('Kadri Tamm');
    expect(
      await usa.command({ type: 'postMessage', channelId: 'nac', template: 'freeText', body: 'Still here.' }),
    ).toMatchObject({ ok: true });
    expect((await lead.syncNow()).synced.seq).toBe(await stored());
  }, 120_000);
});
