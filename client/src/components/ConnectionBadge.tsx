// Connection state for the header: an icon AND a word, never colour alone.
import { useEffect, useState } from 'react';
import { useT, type MessageKey } from '../i18n';
import { useStore, type ConnectionStatus } from '../store';

const ICONS: Record<ConnectionStatus, string> = {
  idle: '○',
  connecting: '◌',
  connected: '●',
  reconnecting: '◐',
  offline: '✕',
  refused: '⊘',
};

/** Seconds until `at`, ticking once a second while there is something to count down. */
function useSecondsUntil(at: number | null): number | null {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (at === null) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [at]);
  return at === null ? null : Math.max(1, Math.ceil((at - now) / 1000));
}

export function ConnectionBadge() {
  const t = useT();
  const status = useStore((s) => s.connection);
  const seconds = useSecondsUntil(useStore((s) => (s.connection === 'offline' ? s.retryAt : null)));
  const text =
    seconds !== null ? t('connection.retryIn', { seconds }) : t(`connection.${status}` as MessageKey);
  return (
    <p className={`connection connection--${status}`} data-testid="connection-state" data-state={status}>
      <span className="visually-hidden">{t('connection.label')}: </span>
      <span className="connection__icon" aria-hidden="true">
        {ICONS[status]}
      </span>{' '}
      {text}
    </p>
  );
}
