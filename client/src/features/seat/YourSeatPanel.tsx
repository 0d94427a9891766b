// "You hold <seat>" with a Release button, or how to get a seat.
import { useT } from '../../i18n';
import { selectIsLive, selectMySeat, useStore } from '../../store';

export function YourSeatPanel() {
  const t = useT();
  const seat = useStore(selectMySeat);
  const live = useStore(selectIsLive);
  const pending = useStore((s) => s.pendingSeat);
  const release = useStore((s) => s.releaseSeat);
  return (
    <section className="card your-seat" aria-labelledby="your-seat-title" data-testid="your-seat">
      <h2 id="your-seat-title">{t('yourSeat.title')}</h2>
      {seat ? (
        <>
          <p className="your-seat__holding" data-testid="your-seat-label">
            {t('yourSeat.holding', { seat: seat.label })}
          </p>
          <button
            type="button"
            className="button button--secondary"
            data-testid="release-own"
            aria-label={t('yourSeat.releaseLabel', { seat: seat.label })}
            disabled={!live || pending !== null}
            onClick={() => void release(seat.id)}
          >
            {t('yourSeat.release')}
          </button>
        </>
      ) : (
        <p>{t('yourSeat.none')}</p>
      )}
    </section>
  );
}
