// `whoami` through real SDK clients: each connection learns its own Control role (ADR 0009), which
// the shared view does not carry, so a console can offer an assistant only what it may do.
import { describe, expect, it } from 'vitest';
import { cleanUpAfterAll, createExercise, startTestServer } from './harness';

describe('whoami', () => {
  const cleanup = cleanUpAfterAll();

  it('answers lead, assistant or null for the asking connection alone', async () => {
    const server = cleanup.closeServer(await startTestServer({ tickMs: 0 }));
    const { code, controlKey } = await createExercise(server.url);
    const join = (options: Record<string, unknown>) => cleanup.join(server.url, { code, ...options });
    const lead = await join({ controlKey, controlName: 'Lea' });
    const issued = await lead.command({ type: 'issueAssistantKey', name: 'Sam' });
    const assistantKey = (issued as { controlKey: string }).controlKey;
    const assistant = await join({ controlKey: assistantKey, controlName: 'Sam' });
    const player = await join({});

    expect(await lead.room.request('whoami')).toEqual({ controlRole: 'lead' });
    expect(await assistant.room.request('whoami')).toEqual({ controlRole: 'assistant' });
    expect(await player.room.request('whoami')).toEqual({ controlRole: null });
    // What the console hides, the server refuses: the assistant still may not end the exercise.
    expect(await assistant.command({ type: 'startExercise' })).toMatchObject({ ok: true });
    expect(await assistant.command({ type: 'endExercise' })).toMatchObject({
      ok: false,
      code: 'NOT_LEAD_CONTROL',
    });
  }, 30_000);
});
