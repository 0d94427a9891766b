// Channels: the list the reader may read (unread counts, mentions), the open channel, a way to
// open bilateral or group channels, and (Control) what observers may read.
import { useEffect } from 'react';
import { useT } from '../../i18n';
import { selectView, useStore } from '../../store';
import { ChannelList } from './ChannelList';
import { ChannelThread } from './ChannelThread';
import { talking } from './names';
import { ObserverAccess } from './ObserverAccess';
import { OpenChannelForm } from './OpenChannelForm';

export function ChannelsPanel() {
  const t = useT();
  const view = useStore(selectView);
  const chosen = useStore((s) => s.selectedChannel);
  const select = useStore((s) => s.selectChannel);
  const sendQuietly = useStore((s) => s.sendQuietly);
  const channels = view?.channels.channels ?? [];
  const channel = channels.find((c) => c.id === chosen) ?? channels[0] ?? null;
  const lastId = channel?.messages.at(-1)?.id ?? null;
  const unread = channel?.unread ?? 0;
  const canMark = view !== null && (view.you.isControl || view.you.seatId !== null);

  // Reading a channel marks it read up to its newest message.
  useEffect(() => {
    if (channel && lastId && unread > 0 && canMark) {
      sendQuietly({ type: 'markRead', channelId: channel.id, messageId: lastId });
    }
  }, [channel, lastId, unread, canMark, sendQuietly]);

  if (!view) return null;
  const seat = view.seats.find((s) => s.id === view.you.seatId);
  const mayOpen = talking(view) && (view.you.isControl || (seat !== undefined && seat.kind !== 'observer'));
  return (
    <div className="channels" data-testid="channels-panel">
      <h2 className="visually-hidden">{t('channels.title')}</h2>
      <div className="channels__side">
        <ChannelList view={view} current={channel?.id ?? null} onSelect={select} />
        {mayOpen && <OpenChannelForm view={view} />}
        {view.you.isControl && view.channels.observerAccess && (
          <ObserverAccess access={view.channels.observerAccess} />
        )}
      </div>
      {channel ? (
        <ChannelThread view={view} channel={channel} />
      ) : (
        <p className="card">{t('channels.none')}</p>
      )}
    </div>
  );
}
