// The open channel: who sits in it, its history (recent, and older pages on request), and the composer.
import { useEffect, useRef } from 'react';
import type { ChannelView, ExerciseView } from '@council/shared';
import { useT } from '../../i18n';
import { Composer } from './Composer';
import { MessageItem } from './MessageItem';
import { channelName, seatName, talking } from './names';
import { useEarlierMessages } from './useEarlierMessages';

export function ChannelThread({
  view,
  channel,
}: {
  readonly view: ExerciseView;
  readonly channel: ChannelView;
}) {
  const t = useT();
  const list = useRef<HTMLOListElement>(null);
  const history = useEarlierMessages(channel);
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
      {history.remaining > 0 && (
        <p className="channel__earlier">
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={history.loadMore}
            disabled={history.loading}
          >
            {t('channels.loadEarlier', { count: history.remaining })}
          </button>
          {history.failed && <span role="alert"> {t('channels.earlierFailed')}</span>}
        </p>
      )}
      {count === 0 ? (
        <p className="channel__empty">{t('channels.empty')}</p>
      ) : (
        <ol className="channel__messages" ref={list} tabIndex={0} aria-label={t('channels.history')}>
          {history.messages.map((m) => (
            <MessageItem key={m.id} view={view} message={m} />
          ))}
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
