// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExerciseView } from '@council/shared';
import { makeChannels, message } from '../../test/channelsFixture';
import { makeRunningView } from '../../test/councilFixture';
import { installFakeTransport, resetStore, type FakeServer } from '../../test/fakeTransport';
import { joinWith, pushView } from '../../test/render';
import { useStore } from '../../store';
import { CommandAlert } from '../exercise/CommandAlert';
import { ChannelsPanel } from './ChannelsPanel';

let server: FakeServer;
beforeEach(() => {
  resetStore();
  server = installFakeTransport();
});
afterEach(cleanup);

const est = { seatId: 'est', isControl: false };
const show = (view: ExerciseView) => {
  joinWith(server, view);
  render(<ChannelsPanel />);
};
const click = async (testId: string) => {
  await act(async () => {
    fireEvent.click(screen.getByTestId(testId));
  });
};

describe('the channels', () => {
  it('shows a bot’s set line in the reader’s language, a person’s words as written', () => {
    useStore.getState().setLocale('fr');
    const channels = makeChannels();
    const nac = channels.channels[0]!;
    const said = message('nac.3', {
      from: 'usa',
      body: 'Our capital is studying the text.',
      line: { en: 'Our capital is studying the text.', fr: 'Notre capitale étudie le texte.' },
    });
    show(
      makeRunningView(est, {
        channels: {
          ...channels,
          channels: [{ ...nac, messages: [...nac.messages, said] }, ...channels.channels.slice(1)],
        },
      }),
    );
    expect(screen.getByTestId('message-nac.3').textContent).toContain('Notre capitale étudie le texte.');
    expect(screen.getByTestId('message-nac.3').textContent).not.toContain('Our capital');
    expect(screen.getByTestId('message-nac.1').textContent).toContain('We support consultations.');
  });

  it('lists the readable channels by name with unread counts, and marks the open one read', () => {
    show(makeRunningView(est, { channels: makeChannels() }));
    expect(screen.getByTestId('channel-nac').textContent).toContain('North Atlantic Council (plenary)');
    expect(screen.getByTestId('unread-nac').textContent).toBe('1 unread · 1 for you');
    expect(screen.getByTestId('channel-control:est').textContent).toContain('Your line to Control');
    expect(screen.getByTestId('channel-ch1').textContent).toContain('Back-channel');
    expect(screen.getByTestId('message-nac.2').textContent).toContain('SITREP');
    expect(screen.getByTestId('message-nac.2').textContent).toContain('Calls on: Estonia');
    expect(server.sent).toEqual([{ type: 'markRead', channelId: 'nac', messageId: 'nac.2' }]);
  });

  it('posts with a template, subject and mentions', async () => {
    show(makeRunningView(est, { channels: makeChannels() }));
    fireEvent.change(screen.getByTestId('composer-template'), { target: { value: 'demarche' } });
    fireEvent.change(screen.getByTestId('composer-subject'), { target: { value: ' Air policing ' } });
    fireEvent.change(screen.getByTestId('composer-body'), { target: { value: 'We ask for more jets.' } });
    fireEvent.click(screen.getByTestId('mention-usa'));
    await click('composer-send');
    expect(server.sent.at(-1)).toEqual({
      type: 'postMessage',
      channelId: 'nac',
      template: 'demarche',
      subject: 'Air policing',
      body: 'We ask for more jets.',
      mentions: ['usa'],
    });
    expect((screen.getByTestId('composer-body') as HTMLTextAreaElement).value).toBe('');
  });

  it('keeps a message the server refuses in the composer, with the reason in the reader’s language', async () => {
    server.reply = () => ({
      ok: false,
      code: 'BAD_MENTIONS',
      message: '"Türkiye" cannot read this channel; mention its members only.',
      params: { reason: 'unseen', seat: { en: 'Türkiye', fr: 'Turquie' } },
    });
    joinWith(server, makeRunningView(est, { channels: makeChannels() }));
    act(() => useStore.getState().setLocale('fr'));
    render(
      <>
        <CommandAlert />
        <ChannelsPanel />
      </>,
    );
    fireEvent.change(screen.getByTestId('composer-subject'), { target: { value: 'Police du ciel' } });
    fireEvent.change(screen.getByTestId('composer-body'), {
      target: { value: 'Nous demandons des avions.' },
    });
    fireEvent.click(screen.getByTestId('mention-usa'));
    await click('composer-send');
    expect(server.sent.at(-1)).toMatchObject({ type: 'postMessage', body: 'Nous demandons des avions.' });
    expect((screen.getByTestId('composer-body') as HTMLTextAreaElement).value).toBe(
      'Nous demandons des avions.',
    );
    expect((screen.getByTestId('composer-subject') as HTMLInputElement).value).toBe('Police du ciel');
    expect((screen.getByTestId('mention-usa') as HTMLInputElement).checked).toBe(true);
    const alert = screen.getByTestId('command-error').textContent ?? '';
    expect(alert).toContain('Turquie ne peut pas lire ce canal : ne citez que ses membres.');
    expect(alert).not.toContain('cannot read');
  });

  it('offers statements only in the public channel', () => {
    show(makeRunningView(est, { channels: makeChannels() }));
    fireEvent.click(screen.getByTestId('channel-public'));
    const options = [...(screen.getByTestId('composer-template') as HTMLSelectElement).options].map(
      (o) => o.value,
    );
    expect(options).toEqual(['statement']);
  });

  it('opens a channel with the reader in it', async () => {
    show(makeRunningView(est, { channels: makeChannels() }));
    fireEvent.click(screen.getByTestId('open-member-usa'));
    fireEvent.change(screen.getByTestId('open-channel-name'), { target: { value: 'Baltic–US' } });
    await click('open-channel-submit');
    expect(server.sent.at(-1)).toEqual({ type: 'openChannel', members: ['est', 'usa'], name: 'Baltic–US' });
    expect(screen.queryByTestId('open-member-observer')).toBeNull();
  });

  it('lets Control answer a request for information and open channels to observers', async () => {
    show(
      makeRunningView(
        { seatId: null, isControl: true },
        { channels: { ...makeChannels(), observerAccess: 'public' } },
      ),
    );
    expect(screen.getByTestId('open-rfis-control:est').textContent).toBe(
      'Requests for information waiting: 1',
    );
    fireEvent.click(screen.getByTestId('channel-control:est'));
    expect(screen.getByTestId('channel-control:est').textContent).toContain('Estonia – Control');
    expect(screen.getByTestId('rfi-status-control:est.1').textContent).toContain('awaiting');
    fireEvent.change(screen.getByTestId('answer-text-control:est.1'), {
      target: { value: 'Over Vaindloo.' },
    });
    await click('answer-control:est.1');
    expect(server.sent.at(-1)).toEqual({
      type: 'answerRfi',
      messageId: 'control:est.1',
      body: 'Over Vaindloo.',
    });
    await click('observer-access');
    expect(server.sent.at(-1)).toEqual({ type: 'setObserverAccess', access: 'all' });
  });

  it('refuses, in French and before sending, a channel name or an answer longer than the server takes', async () => {
    show(
      makeRunningView(
        { seatId: null, isControl: true },
        { channels: { ...makeChannels(), observerAccess: 'public' } },
      ),
    );
    act(() => useStore.getState().setLocale('fr'));
    const sentBefore = server.sent.length;
    fireEvent.click(screen.getByTestId('open-member-usa'));
    fireEvent.click(screen.getByTestId('open-member-est'));
    const name = 'Un nom de canal bien trop long pour le protocole, '.repeat(2);
    fireEvent.change(screen.getByTestId('open-channel-name'), { target: { value: name } });
    await click('open-channel-submit');
    expect(screen.getByTestId('open-channel-problem').textContent).toMatch(/80/);
    expect((screen.getByTestId('open-channel-name') as HTMLInputElement).value).toBe(name);
    fireEvent.click(screen.getByTestId('channel-control:est'));
    const answer = 'Réponse. '.repeat(500);
    fireEvent.change(screen.getByTestId('answer-text-control:est.1'), { target: { value: answer } });
    await click('answer-control:est.1');
    expect(screen.getByTestId('answer-control:est.1-problem').textContent).toMatch(/4\s?000/);
    expect((screen.getByTestId('answer-text-control:est.1') as HTMLTextAreaElement).value).toBe(answer);
    expect(server.sent.length).toBe(sentBefore);
  });

  it('says when a channel is read-only or the exercise is not running', () => {
    const channels = makeChannels();
    const readOnly = { ...channels, channels: channels.channels.map((c) => ({ ...c, canPost: false })) };
    show(makeRunningView({ seatId: 'observer', isControl: false }, { channels: readOnly }));
    expect(screen.queryByTestId('composer-body')).toBeNull();
    expect(screen.getByText('You read this channel; you do not post in it.')).toBeTruthy();
    expect(screen.queryByTestId('open-channel')).toBeNull();
  });

  it('moves the composer into a channel the reader just opened and names its readers by Send', async () => {
    const view = makeRunningView(est, { channels: makeChannels() });
    show(view);
    expect(screen.getByTestId('composer-readers').textContent).toBe(
      'To: United States, Estonia, Secretary General, Control',
    );
    fireEvent.click(screen.getByTestId('open-member-usa'));
    await click('open-channel-submit');
    const opened = {
      ...view.channels.channels[3]!,
      id: 'ch2',
      kind: 'group' as const,
      name: 'Estonia, United States',
      members: ['est', 'usa'],
      openedBy: 'est',
    };
    pushView(server, {
      ...view,
      channels: { ...view.channels, channels: [...view.channels.channels, opened] },
    });
    expect(screen.getByTestId('thread-ch2')).toBeTruthy();
    expect(screen.getByTestId('composer-readers').textContent).toBe('To: Estonia, United States, Control');
    fireEvent.change(screen.getByTestId('composer-body'), { target: { value: 'Only for you.' } });
    await click('composer-send');
    expect(server.sent.at(-1)).toMatchObject({
      type: 'postMessage',
      channelId: 'ch2',
      body: 'Only for you.',
    });
  });

  it('keeps the reader where they are writing when someone else adds them to a channel', () => {
    const view = makeRunningView(est, { channels: makeChannels() });
    show(view);
    fireEvent.change(screen.getByTestId('composer-body'), { target: { value: 'Half a thought' } });
    const added = {
      ...view.channels.channels[3]!,
      id: 'ch2',
      kind: 'group' as const,
      members: ['est', 'usa'],
    };
    const next = { ...view, channels: { ...view.channels, channels: [...view.channels.channels, added] } };
    pushView(server, next);
    expect(screen.getByTestId('thread-nac')).toBeTruthy();
    // With nothing being written, being added opens the new channel.
    fireEvent.change(screen.getByTestId('composer-body'), { target: { value: '' } });
    const third = { ...added, id: 'ch3', members: ['est', 'red'] };
    pushView(server, {
      ...next,
      channels: { ...next.channels, channels: [...next.channels.channels, third] },
    });
    expect(screen.getByTestId('thread-ch3')).toBeTruthy();
  });

  it('keeps unsent text through a reload', () => {
    const view = makeRunningView(est, { channels: makeChannels() });
    show(view);
    fireEvent.change(screen.getByTestId('composer-subject'), { target: { value: 'Air policing' } });
    fireEvent.change(screen.getByTestId('composer-body'), { target: { value: 'We ask for more' } });
    cleanup();
    const stored = { ...localStorage };
    resetStore();
    for (const [k, v] of Object.entries(stored)) localStorage.setItem(k, String(v));
    server = installFakeTransport();
    show(view);
    expect((screen.getByTestId('composer-body') as HTMLTextAreaElement).value).toBe('We ask for more');
    expect((screen.getByTestId('composer-subject') as HTMLInputElement).value).toBe('Air policing');
    expect(useStore.getState().exerciseCode).toBe(view.code);
  });

  it('a long history shows its recent window and pages back on request', async () => {
    const channels = makeChannels();
    const nac = { ...channels.channels[0]!, earlier: 120 };
    server.history = (request) => ({
      ok: true,
      channelId: request.channelId,
      earlier: 20,
      messages: [message('nac.old', { body: 'An older statement.' })],
    });
    show(makeRunningView(est, { channels: { ...channels, channels: [nac, ...channels.channels.slice(1)] } }));
    const more = screen.getByRole('button', { name: 'Show earlier messages (120 more)' });
    await act(async () => {
      fireEvent.click(more);
    });
    expect(server.historyRequests).toEqual([{ channelId: 'nac', before: 120, limit: 100 }]);
    // The page ended where the window starts only if it held 100 messages: this one held one, so it is
    // stale and dropped, and the reader can ask again.
    expect(screen.queryByTestId('message-nac.old')).toBeNull();
    server.history = (request) => ({
      ok: true,
      channelId: request.channelId,
      earlier: 119,
      messages: [message('nac.old', { body: 'An older statement.' })],
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Show earlier messages (120 more)' }));
    });
    expect(screen.getByTestId('message-nac.old').textContent).toContain('An older statement.');
    expect(screen.getByRole('button', { name: 'Show earlier messages (119 more)' })).toBeTruthy();
  });
});
