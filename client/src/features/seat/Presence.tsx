// Connected or not, as an icon and a word (never colour alone).
import { useT } from '../../i18n';

interface Props {
  readonly seatId: string;
  readonly connected: boolean;
  /** A free seat has nobody to be connected. */
  readonly show: boolean;
  readonly title?: string | undefined;
}

export function Presence({ seatId, connected, show, title }: Props) {
  const t = useT();
  if (!show)
    return (
      <span aria-hidden="true" className="presence presence--none">
        —
      </span>
    );
  return (
    <span
      className={`presence presence--${connected ? 'on' : 'off'}`}
      data-testid={`presence-${seatId}`}
      data-connected={connected}
      title={title}
    >
      <span aria-hidden="true">{connected ? '●' : '○'} </span>
      <span className="presence__word">{connected ? t('seats.online') : t('seats.offlinePresence')}</span>
    </span>
  );
}
