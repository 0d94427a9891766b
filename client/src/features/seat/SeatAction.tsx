// The button a seat row offers this reader: claim a free seat, or free a held one.
import type { SeatView } from '@council/shared';
import { ConfirmButton } from '../../components/ConfirmButton';
import { useT } from '../../i18n';
import { selectIsControl, selectIsLive, selectMySeatId, useStore } from '../../store';
import { tx } from '../../i18n/scenarioText';

export function SeatAction({ seat, mine }: { readonly seat: SeatView; readonly mine: boolean }) {
  const t = useT();
  const isControl = useStore(selectIsControl);
  const seated = useStore(selectMySeatId) !== null;
  const live = useStore(selectIsLive);
  const pending = useStore((s) => s.pendingSeat);
  const claim = useStore((s) => s.claimSeat);
  const release = useStore((s) => s.releaseSeat);
  const busy = !live || pending !== null;

  if (seat.kind === 'control') {
    return <span className="seat-row__note">{t('seats.controlOnly')}</span>;
  }
  if (seat.holder && (mine || isControl)) {
    return (
      <ConfirmButton
        label={t('seats.release')}
        testId={`release-${seat.id}`}
        ariaLabel={
          mine
            ? t('yourSeat.releaseLabel', { seat: tx(seat.label) })
            : t('seats.releaseLabel', { seat: tx(seat.label), name: seat.holder.displayName })
        }
        question={
          mine
            ? t('yourSeat.releaseQuestion', { seat: tx(seat.label) })
            : t('seats.releaseQuestion', { seat: tx(seat.label), name: seat.holder.displayName })
        }
        disabled={busy}
        onConfirm={() => void release(seat.id)}
      />
    );
  }
  if (!seat.holder && !isControl && !seated) {
    return (
      <button
        type="button"
        className="button button--small"
        data-testid={`claim-${seat.id}`}
        aria-label={t('seats.claimLabel', { seat: tx(seat.label) })}
        disabled={busy}
        onClick={() => void claim(seat.id)}
      >
        {t('seats.claim')}
      </button>
    );
  }
  return null;
}
