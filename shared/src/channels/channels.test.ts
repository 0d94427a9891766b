import { describe, expect, it } from 'vitest';
import {
  MESSAGE_PAGE,
  channelMessages,
  findMessage,
  lastMessage,
  messageAt,
  messageCount,
  messageIndex,
  messagesBetween,
} from './state';
import { windowStart } from '../visibility/channelsView';
import { decide } from '../engine/decide';
import { initialState, replay } from '../engine/evolve';
import { created, testScenario } from '../engine/fixtures';
import { advanceTo, ctxFor, run, runLogged, seat } from '../engine/harness';
import type { Command } from '../engine/commands';
import type { GameEvent } from '../engine/events';
import type { ExerciseState } from '../engine/state';
import { ScenarioSchema } from '../scenario/schema';
import { viewFor } from '../visibility/view';
import { actorFor } from '../engine/legal';

const consulting = advanceTo(
  seat(run(initialState(created), 'control', { type: 'startExercise' }), 'usa', 'est', 'secgen', 'red'),
  'consultation',
);
const channels = (s: ExerciseState, seatId: string) =>
  viewFor(s, actorFor(s, seatId), { connectedSeats: new Set(), controlConnections: 0 }).channels;
const refusal = (s: ExerciseState, seatId: string, command: Parameters<typeof decide>[1]) => {
  const r = decide(s, command, ctxFor(s, seatId));
  return r.ok ? 'accepted' : r.error.code;
};

describe('standing channels', () => {
  it('seat the allies and the chair in plenary, SACEUR and the chair with the Military Committee', () => {
    const c = consulting.channels.channels;
    expect(c.nac?.members).toEqual(['secgen', 'usa', 'est', 'deu']);
    expect(c.military?.members).toEqual(['secgen', 'saceur']);
    expect(c.public?.members).toEqual(['secgen', 'saceur', 'usa', 'est', 'deu', 'red']);
    const withControl = consulting.channels.order.filter((id) => id.startsWith('control:'));
    expect(withControl).toEqual(
      testScenario.seats.filter((s) => s.kind !== 'control').map((s) => `control:${s.id}`),
    );
  });

  it('leave out the military channel when the scenario has no SACEUR', () => {
    const scenario = ScenarioSchema.parse({
      ...created.scenario,
      seats: created.scenario.seats.filter((s) => s.kind !== 'saceur'),
    });
    expect(initialState({ ...created, scenario }).channels.channels.military).toBeUndefined();
  });
});

describe('opening a channel and talking in it', () => {
  it('lets a seat open a channel with a named member set, numbered and named after its members', () => {
    const { state, events } = runLogged(consulting, 'usa', { type: 'openChannel', members: ['usa', 'est'] });
    expect(events).toEqual([
      expect.objectContaining({
        type: 'channelOpened',
        channelId: 'ch1',
        kind: 'group',
        name: 'United States, Estonia',
        members: ['usa', 'est'],
        openedBy: 'usa',
      }),
    ]);
    const s = run(state, 'est', { type: 'openChannel', members: ['est', 'deu', 'usa'], name: 'Baltic' });
    expect(s.channels.order.slice(-2)).toEqual(['ch1', 'ch2']);
    expect(s.channels.channels.ch2?.name).toBe('Baltic');
  });

  it('lets Control open a channel it is not listed in', () => {
    const s = run(consulting, 'control', { type: 'openChannel', members: ['usa', 'deu'] });
    expect(s.channels.channels.ch1).toMatchObject({ members: ['usa', 'deu'], openedBy: null });
  });

  it('keeps each message with its sender, template, subject, mentions and both clocks', () => {
    let s = run(consulting, 'usa', { type: 'openChannel', members: ['usa', 'est'] });
    s = run(s, 'usa', {
      type: 'postMessage',
      channelId: 'ch1',
      template: 'demarche',
      subject: 'Border incident',
      body: 'We ask you to raise this in plenary.',
      mentions: ['est'],
    });
    expect(findMessage(s.channels, 'ch1.1')).toEqual({
      id: 'ch1.1',
      channelId: 'ch1',
      from: 'usa',
      template: 'demarche',
      subject: 'Border incident',
      body: 'We ask you to raise this in plenary.',
      mentions: ['est'],
      turn: 1,
      gameTime: '2027-03-01T06:00:00.000Z',
      at: '2026-11-23T10:00:00.000Z',
      answerId: null,
      answers: null,
    });
    expect(channelMessages(s.channels.channels.ch1!).map((m) => m.id)).toEqual(['ch1.1']);
  });

  it("keeps a long history in pages that a post never copies, the recent ones being the view's window", () => {
    let s = run(consulting, 'usa', { type: 'openChannel', members: ['usa', 'est'] });
    const pagesSeen: (readonly unknown[])[] = [];
    for (let n = 1; n <= 3 * MESSAGE_PAGE + 37; n++) {
      const before = s.channels.channels.ch1!;
      s = run(s, n % 2 ? 'usa' : 'est', {
        type: 'postMessage',
        channelId: 'ch1',
        template: 'freeText',
        body: `${n}`,
      });
      const ch1 = s.channels.channels.ch1!;
      expect(messageCount(ch1)).toBe(n);
      expect(ch1.pages.length * MESSAGE_PAGE).toBe(windowStart(n));
      expect(ch1.recent.length).toBeLessThan(2 * MESSAGE_PAGE);
      // A page, once made, is the same array in every later state.
      ch1.pages.forEach((page, i) => {
        if (i < before.pages.length) expect(page).toBe(before.pages[i]);
      });
      pagesSeen.push(...ch1.pages.slice(before.pages.length));
      expect(lastMessage(ch1)?.id).toBe(`ch1.${n}`);
    }
    const ch1 = s.channels.channels.ch1!;
    expect(pagesSeen).toHaveLength(2);
    const all = channelMessages(ch1);
    expect(all.map((m) => m.body)).toEqual(Array.from({ length: all.length }, (_, i) => `${i + 1}`));
    all.forEach((m, i) => {
      expect(messageAt(ch1, i)).toBe(m);
      expect(messageIndex(ch1, m.id)).toBe(i);
    });
    expect(messagesBetween(ch1, 95, 205).map((m) => m.body)).toEqual(all.slice(95, 205).map((m) => m.body));
    expect(messageAt(ch1, all.length)).toBeUndefined();
    expect(messageAt(ch1, -1)).toBeUndefined();
    // A read marker far back in the pages counts every later message from others as unread.
    s = run(s, 'est', { type: 'markRead', channelId: 'ch1', messageId: 'ch1.150' });
    const estView = viewFor(
      s,
      { seatId: 'est', isControl: false },
      { connectedSeats: new Set(), controlConnections: 0 },
    );
    const unread = all.slice(150).filter((m) => m.from !== 'est').length;
    expect(estView.channels.channels.find((c) => c.id === 'ch1')?.unread).toBe(unread);
  });

  it('finds a message by its id alone, and nothing for an id that only looks like one', () => {
    let s = run(consulting, 'usa', { type: 'openChannel', members: ['usa', 'est'] });
    for (const body of ['One.', 'Two.', 'Three.'])
      s = run(s, 'usa', { type: 'postMessage', channelId: 'ch1', template: 'freeText', body });
    const ch1 = s.channels.channels.ch1!;
    expect(['ch1.1', 'ch1.2', 'ch1.3'].map((id) => messageIndex(ch1, id))).toEqual([0, 1, 2]);
    for (const id of ['ch1.0', 'ch1.4', 'ch1.02', 'ch1.1.5', 'ch11.1', 'ch1', 'ch1.', 'nac.1', 'ch1.1e0', ''])
      expect(messageIndex(ch1, id), id).toBe(-1);
    expect(findMessage(s.channels, 'ch1.2')?.body).toBe('Two.');
    expect(findMessage(s.channels, 'ch1.2x')).toBeUndefined();
    for (const id of ['__proto__.1', 'constructor.1', 'toString.1', 'hasOwnProperty.2'])
      expect(findMessage(s.channels, id), id).toBeUndefined();
    expect(refusal(s, 'control', { type: 'answerRfi', messageId: '__proto__.1', body: 'No.' })).toBe(
      'NO_SUCH_MESSAGE',
    );
    expect(refusal(s, 'est', { type: 'markRead', channelId: 'ch1', messageId: 'ch1.01' })).toBe(
      'NO_SUCH_MESSAGE',
    );
    s = run(s, 'est', { type: 'markRead', channelId: 'ch1', messageId: 'ch1.2' });
    expect(refusal(s, 'est', { type: 'markRead', channelId: 'ch1', messageId: 'ch1.1' })).toBe(
      'NOTHING_TO_DO',
    );
    expect(refusal(s, 'est', { type: 'markRead', channelId: 'ch1', messageId: 'ch1.2' })).toBe(
      'NOTHING_TO_DO',
    );
    run(s, 'est', { type: 'markRead', channelId: 'ch1', messageId: 'ch1.3' });
  });

  it('opens back-channels to the adversary only where the scenario allows', () => {
    const open: Command = { type: 'openChannel', members: ['usa', 'red'] };
    expect(refusal(consulting, 'usa', open)).toBe('NOT_ALLOWED_IN_SCENARIO');
    const scenario = ScenarioSchema.parse({ ...created.scenario, channels: { backChannels: true } });
    const allowed = { ...consulting, scenario };
    expect(run(allowed, 'usa', open).channels.channels.ch1?.kind).toBe('backChannel');
  });

  it('lets Control post while the game is paused, and nobody else', () => {
    const paused = run(consulting, 'control', { type: 'pauseExercise' });
    const post = { type: 'postMessage', channelId: 'nac', template: 'freeText', body: 'Back in 5.' } as const;
    expect(refusal(paused, 'usa', post)).toBe('WRONG_PHASE');
    expect(findMessage(run(paused, 'control', post).channels, 'nac.1')?.from).toBeNull();
  });
});

describe('requests for information', () => {
  const asked = run(consulting, 'est', {
    type: 'postMessage',
    channelId: 'control:est',
    template: 'rfi',
    subject: 'Drones',
    body: 'Where were the drones launched from?',
  });

  it('stay open until Control answers, then link both ways and mention the asker', () => {
    expect(channels(asked, 'est').openRfis).toEqual([
      { channelId: 'control:est', messageId: 'control:est.1' },
    ]);
    expect(channels(asked, 'control').openRfis).toHaveLength(1);
    const answered = run(asked, 'control', {
      type: 'answerRfi',
      messageId: 'control:est.1',
      body: 'Pskov region.',
    });
    const [rfi, answer] = channels(answered, 'est').channels.find((c) => c.id === 'control:est')!.messages;
    expect(rfi?.rfi).toEqual({ status: 'answered', answerId: 'control:est.2' });
    expect(answer).toMatchObject({
      from: null,
      template: 'rfiAnswer',
      answers: 'control:est.1',
      mentions: ['est'],
    });
    expect(channels(answered, 'est').openRfis).toEqual([]);
    expect(
      refusal(answered, 'control', { type: 'answerRfi', messageId: 'control:est.1', body: 'Again.' }),
    ).toBe('RFI_ANSWERED');
  });
});

describe('unread counts and mentions', () => {
  let s = run(consulting, 'usa', { type: 'openChannel', members: ['usa', 'est'] });
  for (const [i, mentions] of [[], ['est'], ['est']].entries()) {
    s = run(s, 'usa', {
      type: 'postMessage',
      channelId: 'ch1',
      template: 'freeText',
      body: `m${i}`,
      mentions,
    });
  }
  const ch1 = (state: ExerciseState, seatId: string) =>
    channels(state, seatId).channels.find((c) => c.id === 'ch1');

  it('count what others sent after the last message read, and the mentions among them', () => {
    expect(ch1(s, 'est')).toMatchObject({ unread: 3, unreadMentions: 2, lastRead: null });
    expect(ch1(s, 'usa')).toMatchObject({ unread: 0, unreadMentions: 0 });
    const read = run(s, 'est', { type: 'markRead', channelId: 'ch1', messageId: 'ch1.2' });
    expect(ch1(read, 'est')).toMatchObject({ unread: 1, unreadMentions: 1, lastRead: 'ch1.2' });
    expect(channels(read, 'est').unread).toBe(1);
  });

  it('call on Control when a Control seat is mentioned, and refuse seats that cannot read the channel', () => {
    const call = run(s, 'usa', {
      type: 'postMessage',
      channelId: 'ch1',
      template: 'freeText',
      body: 'Control?',
      mentions: ['control'],
    });
    expect(ch1(call, 'control')).toMatchObject({ unread: 4, unreadMentions: 1 });
    const post = { type: 'postMessage', channelId: 'public', template: 'statement', body: 'x' } as const;
    expect(refusal(s, 'usa', { ...post, mentions: ['atlantis'] })).toBe('BAD_MENTIONS');
    expect(refusal(s, 'usa', { ...post, mentions: ['red'] })).toBe('accepted');
    expect(refusal(s, 'usa', { ...post, channelId: 'ch1', template: 'freeText', mentions: ['deu'] })).toBe(
      'BAD_MENTIONS',
    );
  });

  it('never move the read mark back, and keep Control’s own mark', () => {
    const read = run(s, 'est', { type: 'markRead', channelId: 'ch1', messageId: 'ch1.3' });
    const back = decide(
      read,
      { type: 'markRead', channelId: 'ch1', messageId: 'ch1.1' },
      ctxFor(read, 'est'),
    );
    expect(back).toMatchObject({ ok: false, error: { code: 'NOTHING_TO_DO' } });
    expect(ch1(s, 'control')?.unread).toBe(3);
    const control = run(s, 'control', { type: 'markRead', channelId: 'ch1', messageId: 'ch1.3' });
    expect(ch1(control, 'control')?.unread).toBe(0);
    expect(ch1(control, 'est')?.unread).toBe(3);
  });

  it('survive a replay of the log: history and counts come back on reconnect', () => {
    const log: GameEvent[] = [created];
    let live = initialState(created);
    const step = (seatId: string, command: Command) => {
      const r = runLogged(live, seatId, command);
      log.push(...r.events);
      live = r.state;
    };
    step('control', { type: 'startExercise' });
    step('usa', { type: 'openChannel', members: ['usa', 'est'] });
    step('usa', { type: 'postMessage', channelId: 'ch1', template: 'sitrep', body: 'All quiet.' });
    step('est', { type: 'postMessage', channelId: 'control:est', template: 'rfi', body: 'Any news?' });
    step('control', { type: 'answerRfi', messageId: 'control:est.1', body: 'None.' });
    step('est', { type: 'markRead', channelId: 'ch1', messageId: 'ch1.1' });
    const rebuilt = replay(log);
    expect(rebuilt).toEqual(live);
    expect(channels(rebuilt, 'est')).toEqual(channels(live, 'est'));
    expect(channels(rebuilt, 'est').unread).toBe(1);
  });
});

describe('public statements', () => {
  const state = (s: ExerciseState) => s.council.allies.usa?.publicOpinion;
  const statement = {
    type: 'postMessage',
    channelId: 'public',
    template: 'statement',
    body: 'We stand firm.',
  } as const;

  it('reach everyone, and nudge the speaking ally’s public opinion once a turn', () => {
    const once = run(consulting, 'usa', statement);
    expect(state(once)).toBeCloseTo(0.02);
    expect(state(run(once, 'usa', statement))).toBeCloseTo(0.02);
    for (const seatId of testScenario.seats.map((x) => x.id)) {
      expect(JSON.stringify(channels(once, seatId))).toContain('We stand firm.');
    }
    const nextTurn = advanceTo(advanceTo(once, 'adjudication'), 'consultation');
    expect(state(run(nextTurn, 'usa', statement))).toBeCloseTo(0.04);
  });

  it('carry statements only, and none from observers', () => {
    expect(refusal(consulting, 'usa', { ...statement, template: 'rfi' })).toBe('TEMPLATE_NOT_ALLOWED');
    expect(refusal(consulting, 'observer', statement)).toBe('NOT_IN_CHANNEL');
    expect(state(run(consulting, 'secgen', statement))).toBe(0);
  });
});
