// The channels the reader may read, with unread counts and mentions; choose one to read it.
import type { ExerciseView } from '@council/shared';
import { useT, type MessageKey } from '../../i18n';
import { channelName } from './names';

interface Props {
  readonly view: ExerciseView;
  readonly current: string | null;
  readonly onSelect: (channelId: string) => void;
}

export function ChannelList({ view, current, onSelect }: Props) {
  const t = useT();
  return (
    <nav className="channel-list" aria-label={t('channels.list')}>
      <ul>
        {view.channels.channels.map((c) => {
          const name = channelName(t, view, c);
          const unread = c.unread > 0 ? t('channels.unread', { count: c.unread }) : '';
          const rfis = view.channels.openRfis.filter((r) => r.channelId === c.id).length;
          return (
            <li key={c.id}>
              <button
                type="button"
                className={`channel-list__item${c.id === current ? ' channel-list__item--current' : ''}`}
                aria-current={c.id === current ? 'true' : undefined}
                data-testid={`channel-${c.id}`}
                data-unread={c.unread}
                onClick={() => onSelect(c.id)}
              >
                <span className="channel-list__name">{name}</span>
                <span className={`channel-list__kind channel-kind--${c.kind}`}>
                  {t(`channels.kindTag.${c.kind}` as MessageKey)}
                </span>
                {rfis > 0 && (
                  <span className="channel-list__rfi" data-testid={`open-rfis-${c.id}`}>
                    {t('channels.openRfis', { count: rfis })}
                  </span>
                )}
                {c.unread > 0 && (
                  <span className="channel-list__unread" data-testid={`unread-${c.id}`}>
                    {unread}
                    {c.unreadMentions > 0 && ` · ${t('channels.mentions', { count: c.unreadMentions })}`}
                  </span>
                )}
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
