// Control decides what observers read: public statements only, or every channel.
import type { ObserverAccess as Access } from '@council/shared';
import { useT } from '../../i18n';
import { selectIsLive, selectPending, selectSend, useStore } from '../../store';

export function ObserverAccess({ access }: { readonly access: Access }) {
  const t = useT();
  const live = useStore(selectIsLive);
  const pending = useStore(selectPending);
  const send = useStore(selectSend);
  return (
    <div className="item-checklist__row observer-access">
      <input
        type="checkbox"
        id="observer-access"
        data-testid="observer-access"
        checked={access === 'all'}
        disabled={!live || pending}
        onChange={(e) =>
          void send({ type: 'setObserverAccess', access: e.target.checked ? 'all' : 'public' })
        }
      />
      <label htmlFor="observer-access">{t('channels.observersAll')}</label>
    </div>
  );
}
