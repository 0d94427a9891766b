// Paging back through a channel's history: the view holds its recent messages, the server the rest.
import { useEffect, useRef, useState } from 'react';
import { HISTORY_PAGE, type ChannelMessageView, type ChannelView } from '@council/shared';
import { useStore } from '../../store';
import { followWindow, stillEarlier, withPage, type EarlierMessages } from './earlierMessages';

export interface EarlierHistory {
  /** The paged-in messages, oldest first, to show before the view's own. */
  readonly messages: readonly ChannelMessageView[];
  /** Older messages still on the server. */
  readonly remaining: number;
  readonly loading: boolean;
  readonly failed: boolean;
  loadMore(): void;
}

export function useEarlierMessages(channel: ChannelView): EarlierHistory {
  const fetchHistory = useStore((s) => s.fetchHistory);
  const [earlier, setEarlier] = useState<EarlierMessages | null>(null);
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);
  const previous = useRef<ChannelView | undefined>(undefined);
  const current = useRef(earlier);
  current.current = earlier;

  useEffect(() => {
    const followed = followWindow(current.current, previous.current, channel);
    previous.current = channel;
    if (followed !== current.current) setEarlier(followed);
  }, [channel]);

  const loadMore = () => {
    const before = stillEarlier(current.current, channel);
    if (loading || before === 0) return;
    setLoading(true);
    setFailed(false);
    void fetchHistory({ channelId: channel.id, before, limit: HISTORY_PAGE }).then((reply) => {
      setLoading(false);
      if (!reply.ok) return setFailed(true);
      setEarlier((held) => withPage(held, channel, reply));
    });
  };

  const shown = earlier && earlier.channelId === channel.id ? earlier.messages : [];
  return { messages: shown, remaining: stillEarlier(earlier, channel), loading, failed, loadMore };
}
