// Connection state for the header: an icon AND a word, never colour alone.
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

export function ConnectionBadge() {
  const t = useT();
  const status = useStore((s) => s.connection);
  const retryInMs = useStore((s) => s.retryInMs);
  const text =
    status === 'offline' && retryInMs !== null
      ? t('connection.retryIn', { seconds: Math.max(1, Math.round(retryInMs / 1000)) })
      : t(`connection.${status}` as MessageKey);
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
