// "You hold <seat>" with a Release button, or how to get a seat.
import { ConfirmButton } from '../../components/ConfirmButton';
import { useT } from '../../i18n';
import { selectIsLive, selectMySeat, useStore } from '../../store';
import { tx } from '../../i18n/scenarioText';

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
            {t('yourSeat.holding', { seat: tx(seat.label) })}
          </p>
          <ConfirmButton
            label={t('yourSeat.release')}
            testId="release-own"
            ariaLabel={t('yourSeat.releaseLabel', { seat: tx(seat.label) })}
            question={t('yourSeat.releaseQuestion', { seat: tx(seat.label) })}
            disabled={!live || pending !== null}
            onConfirm={() => void release(seat.id)}
          />
        </>
      ) : (
        <p>{t('yourSeat.none')}</p>
      )}
    </section>
  );
}
