// Channels as an Estonian delegation (or Control) reads them, for the channels tests.
import type { ChannelMessageView, ChannelView, ChannelsView } from '@council/shared';

export const message = (id: string, extra: Partial<ChannelMessageView> = {}): ChannelMessageView => ({
  id,
  from: 'usa',
  template: 'freeText',
  subject: null,
  body: `Message ${id}`,
  mentions: [],
  turn: 2,
  gameTime: '2026-03-01T18:00:00.000Z',
  at: '2026-11-23T10:00:00.000Z',
  rfi: null,
  answers: null,
  ...extra,
});

const channel = (
  id: string,
  kind: ChannelView['kind'],
  members: string[],
  extra: Partial<ChannelView> = {},
): ChannelView => ({
  id,
  kind,
  name: id,
  members,
  openedBy: null,
  openedAt: null,
  canPost: true,
  messages: [],
  earlier: 0,
  lastRead: null,
  unread: 0,
  unreadMentions: 0,
  ...extra,
});

export function makeChannels(): ChannelsView {
  return {
    channels: [
      channel('nac', 'plenary', ['usa', 'est', 'secgen'], {
        messages: [
          message('nac.1', { body: 'We support consultations.', subject: 'Article 4' }),
          message('nac.2', {
            from: 'secgen',
            template: 'sitrep',
            body: 'The chair notes…',
            mentions: ['est'],
          }),
        ],
        lastRead: 'nac.1',
        unread: 1,
        unreadMentions: 1,
      }),
      channel('public', 'public', ['usa', 'est', 'secgen', 'saceur', 'red']),
      channel('control:est', 'control', ['est'], {
        messages: [
          message('control:est.1', {
            from: 'est',
            template: 'rfi',
            body: 'Where are the MiGs?',
            rfi: { status: 'open', answerId: null },
          }),
        ],
      }),
      channel('ch1', 'backChannel', ['est', 'red'], { name: 'Estonia, Red cell (Russia)' }),
    ],
    unread: 1,
    unreadMentions: 1,
    openRfis: [{ channelId: 'control:est', messageId: 'control:est.1' }],
  };
}
