// Connected or not, as an icon and a word (never colour alone).
import { useT } from '../../i18n';

interface Props {
  readonly seatId: string;
  readonly connected: boolean;
  /** A free seat has nobody to be connected. */
  readonly show: boolean;
  readonly title?: string | undefined;
  /** A bot plays the seat: it is never "not connected". */
  readonly bot?: boolean | undefined;
  readonly testId?: string;
}

export function Presence({ seatId, connected, show, title, bot, testId = `presence-${seatId}` }: Props) {
  const t = useT();
  if (!show)
    return (
      <span aria-hidden="true" className="presence presence--none">
        —
      </span>
    );
  if (bot)
    return (
      <span className="presence presence--bot" data-testid={testId} data-bot="true">
        <span aria-hidden="true">⚙ </span>
        <span className="presence__word">{t('seats.bot')}</span>
      </span>
    );
  return (
    <span
      className={`presence presence--${connected ? 'on' : 'off'}`}
      data-testid={testId}
      data-connected={connected}
      title={title}
    >
      <span aria-hidden="true">{connected ? '●' : '○'} </span>
      <span className="presence__word">{connected ? t('seats.online') : t('seats.offlinePresence')}</span>
    </span>
  );
}
