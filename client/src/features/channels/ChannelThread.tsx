// The open channel: who sits in it, its whole history, and the composer when the reader may post.
import { useEffect, useRef } from 'react';
import type { ChannelView, ExerciseView } from '@council/shared';
import { useT } from '../../i18n';
import { Composer } from './Composer';
import { MessageItem } from './MessageItem';
import { channelName, seatName, talking } from './names';

export function ChannelThread({
  view,
  channel,
}: {
  readonly view: ExerciseView;
  readonly channel: ChannelView;
}) {
  const t = useT();
  const list = useRef<HTMLOListElement>(null);
  const count = channel.messages.length;
  useEffect(() => {
    const el = list.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [count, channel.id]);
  const members =
    channel.kind === 'public'
      ? t('channels.everyoneReads')
      : channel.members.map((id) => seatName(view, id)).join(', ');
  return (
    <section className="channel card" aria-labelledby="channel-title" data-testid={`thread-${channel.id}`}>
      <h2 id="channel-title">{channelName(t, view, channel)}</h2>
      <p className="channel__members">
        {t('channels.members', { names: members })}
        {channel.kind === 'backChannel' && ` · ${t('channels.backChannelNote')}`}
      </p>
      {count === 0 ? (
        <p className="channel__empty">{t('channels.empty')}</p>
      ) : (
        <ol className="channel__messages" ref={list} tabIndex={0} aria-label={t('channels.history')}>
          {channel.messages.map((m) => (
            <MessageItem key={m.id} view={view} message={m} />
          ))}
        </ol>
      )}
      {channel.canPost && talking(view) ? (
        <Composer key={channel.id} view={view} channel={channel} />
      ) : (
        <p className="hint">{t(channel.canPost ? 'channels.notNow' : 'channels.readOnly')}</p>
      )}
    </section>
  );
}
