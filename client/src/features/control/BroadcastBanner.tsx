// Control's latest broadcast, on every screen until the reader dismisses it.
import { useState } from 'react';
import { useT } from '../../i18n';
import { selectView, useStore } from '../../store';

export function BroadcastBanner() {
  const t = useT();
  const latest = useStore((s) => selectView(s)?.broadcasts?.at(-1) ?? null);
  const [dismissed, setDismissed] = useState<string | null>(null);
  if (!latest || latest.id === dismissed) return null;
  return (
    <div className="banner banner--broadcast" role="status" data-testid="broadcast-banner">
      <strong>{t('broadcast.from')}</strong> <span data-testid="broadcast-text">{latest.text}</span>{' '}
      <button
        type="button"
        className="button button--secondary button--small"
        data-testid="broadcast-dismiss"
        onClick={() => setDismissed(latest.id)}
      >
        {t('broadcast.dismiss')}
      </button>
    </div>
  );
}
