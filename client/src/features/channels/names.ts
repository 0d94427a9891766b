// Names for channels and senders in the reader's language (standing channels are named by kind).
import type { ChannelView, ExerciseView } from '@council/shared';
import type { Translate } from '../../i18n';
import { tx } from '../../i18n/scenarioText';

export const seatName = (view: ExerciseView, id: string): string =>
  tx(view.seats.find((s) => s.id === id)?.label) || id;

export function channelName(t: Translate, view: ExerciseView, channel: ChannelView): string {
  switch (channel.kind) {
    case 'plenary':
      return t('channels.kind.plenary');
    case 'military':
      return t('channels.kind.military');
    case 'public':
      return t('channels.kind.public');
    case 'control': {
      const seat = channel.members[0];
      return view.you.isControl && seat
        ? t('channels.controlWith', { seat: seatName(view, seat) })
        : t('channels.withControl');
    }
    case 'group':
    case 'backChannel':
      return channel.name;
  }
}

export const senderName = (t: Translate, view: ExerciseView, from: string | null): string =>
  from === null ? t('channels.control') : seatName(view, from);

/** Seats that may sit in a channel opened on the fly: not Control's, not observers. */
export const memberSeats = (view: ExerciseView) =>
  view.seats.filter((s) => s.kind !== 'control' && s.kind !== 'observer');

/** Players talk while the exercise runs; Control also while it is paused. */
export const talking = (view: ExerciseView): boolean =>
  view.clock.status === 'running' || (view.you.isControl && view.clock.status === 'paused');

/** Who reads what is posted in a channel: everyone in public, else its members and Control. */
export function readersOf(t: Translate, view: ExerciseView, channel: ChannelView): string {
  if (channel.kind === 'public') return t('channels.everyoneReads');
  return [...channel.members.map((id) => seatName(view, id)), t('channels.control')].join(', ');
}
