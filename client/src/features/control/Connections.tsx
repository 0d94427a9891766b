// Who is connected, seat by seat, with a button to free any held seat.
import type { ExerciseView } from '@council/shared';
import { useT } from '../../i18n';
import { selectIsLive, useStore } from '../../store';

export function Connections({ view }: { readonly view: ExerciseView }) {
  const t = useT();
  const live = useStore(selectIsLive);
  const pendingSeat = useStore((s) => s.pendingSeat);
  const release = useStore((s) => s.releaseSeat);
  const held = view.seats.filter((s) => s.holder && s.kind !== 'control');
  const free = view.seats.filter((s) => !s.holder && s.kind !== 'control').length;
  return (
    <section
      className="console-box console-box--wide"
      aria-labelledby="console-people-title"
      data-testid="control-connections"
    >
      <h3 id="console-people-title">{t('console.people')}</h3>
      <p>
        {t('lobby.facilitatorConnected', { count: view.controlConnections })} ·{' '}
        {t('console.freeSeats', { count: free })}
      </p>
      {held.length === 0 ? (
        <p>{t('console.nobodySeated')}</p>
      ) : (
        <table className="console-table">
          <caption className="visually-hidden">{t('console.people')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('seats.col.seat')}</th>
              <th scope="col">{t('seats.col.holder')}</th>
              <th scope="col">{t('seats.col.presence')}</th>
              <th scope="col">{t('seats.col.action')}</th>
            </tr>
          </thead>
          <tbody>
            {held.map((seat) => (
              <tr key={seat.id} data-testid={`control-seat-${seat.id}`} data-connected={seat.connected}>
                <th scope="row">{seat.label}</th>
                <td>{seat.holder?.displayName}</td>
                <td className={seat.connected ? 'presence presence--on' : 'presence presence--off'}>
                  <span aria-hidden="true">{seat.connected ? '● ' : '○ '}</span>
                  {seat.connected ? t('seats.online') : t('seats.offlinePresence')}
                </td>
                <td>
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    data-testid={`control-release-${seat.id}`}
                    aria-label={t('seats.releaseLabel', {
                      seat: seat.label,
                      name: seat.holder?.displayName ?? '',
                    })}
                    disabled={!live || pendingSeat !== null}
                    onClick={() => void release(seat.id)}
                  >
                    {t('seats.release')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
