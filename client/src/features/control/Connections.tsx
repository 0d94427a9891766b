// Every seat with who holds it, whether they are connected and when they last acted; Control frees
// seats, hands empty ones to bots and takes them back.
import type { ExerciseView, SeatView } from '@council/shared';
import { ConfirmButton } from '../../components/ConfirmButton';
import { useNow } from '../../components/useNow';
import { useT } from '../../i18n';
import { selectIsLive, selectPending, selectSend, useStore } from '../../store';
import { Presence } from '../seat/Presence';
import { agoOf } from './actedAgo';
import { SeatAssignment } from './SeatAssignment';
import { tx } from '../../i18n/scenarioText';

/** Seats a bot can play: the same rule the server applies (control/guards). */
const botPlayable = (seat: SeatView) => seat.kind !== 'control' && seat.kind !== 'observer';

export function Connections({ view }: { readonly view: ExerciseView }) {
  const t = useT();
  const live = useStore(selectIsLive);
  const pending = useStore(selectPending);
  const pendingSeat = useStore((s) => s.pendingSeat);
  const release = useStore((s) => s.releaseSeat);
  const send = useStore(selectSend);
  // Re-read the clock every 15 s so "acted 3 min ago" keeps up without a new view.
  const now = useNow(true, 15_000);
  const seats = view.seats.filter((s) => s.kind !== 'control');
  const free = seats.filter((s) => !s.holder).length;
  const emptyPlayable = seats.filter((s) => !s.holder && botPlayable(s));
  const lastActed = view.controlRoom?.lastActedAt ?? {};
  const busy = !live || pending || pendingSeat !== null;
  const acted = (seatId: string) => {
    const at = lastActed[seatId];
    if (!at) return t('console.neverActed');
    const ago = agoOf(at, now);
    return ago.unit === 'now'
      ? t('console.actedNow')
      : t(ago.unit === 'min' ? 'console.actedMinutes' : 'console.actedHours', { count: ago.count });
  };
  const fillWithBots = async () => {
    for (const seat of emptyPlayable) {
      if (!(await send({ type: 'handSeatToBot', seatId: seat.id }))) return;
    }
  };
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
      <table className="console-table">
        <caption className="visually-hidden">{t('console.people')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('seats.col.seat')}</th>
            <th scope="col">{t('seats.col.holder')}</th>
            <th scope="col">{t('seats.col.presence')}</th>
            <th scope="col">{t('console.lastActed')}</th>
            <th scope="col">{t('seats.col.action')}</th>
          </tr>
        </thead>
        <tbody>
          {seats.map((seat) => (
            <tr key={seat.id} data-testid={`control-seat-${seat.id}`} data-connected={seat.connected}>
              <th scope="row">{tx(seat.label)}</th>
              <td>
                {seat.holder?.bot ? (
                  <span className="badge" data-testid={`control-botbadge-${seat.id}`}>
                    {t('console.bot')}
                  </span>
                ) : (
                  (seat.holder?.displayName ?? '—')
                )}
              </td>
              <td>
                <Presence
                  seatId={seat.id}
                  testId={`control-presence-${seat.id}`}
                  connected={seat.connected}
                  show
                  bot={seat.holder?.bot}
                />
              </td>
              <td data-testid={`control-acted-${seat.id}`}>{seat.holder ? acted(seat.id) : '—'}</td>
              <td>
                {seat.holder && !seat.holder.bot && (
                  <ConfirmButton
                    label={t('seats.release')}
                    testId={`control-release-${seat.id}`}
                    ariaLabel={t('seats.releaseLabel', {
                      seat: tx(seat.label),
                      name: seat.holder.displayName,
                    })}
                    question={t('seats.releaseQuestion', {
                      seat: tx(seat.label),
                      name: seat.holder.displayName,
                    })}
                    disabled={busy}
                    onConfirm={() => void release(seat.id)}
                  />
                )}
                {seat.holder?.bot && (
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    data-testid={`control-unbot-${seat.id}`}
                    aria-label={t('console.takeBackLabel', { seat: tx(seat.label) })}
                    disabled={busy}
                    onClick={() => void send({ type: 'takeSeatFromBot', seatId: seat.id })}
                  >
                    {t('console.takeBack')}
                  </button>
                )}
                {!seat.holder && botPlayable(seat) && (
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    data-testid={`control-tobot-${seat.id}`}
                    aria-label={t('console.toBotLabel', { seat: tx(seat.label) })}
                    disabled={busy}
                    onClick={() => void send({ type: 'handSeatToBot', seatId: seat.id })}
                  >
                    {t('console.toBot')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="button-row">
        <button
          type="button"
          className="button button--secondary"
          data-testid="control-fill-bots"
          disabled={busy || emptyPlayable.length === 0}
          onClick={() => void fillWithBots()}
        >
          {t('console.fillBots', { count: emptyPlayable.length })}
        </button>
      </div>
      <SeatAssignment view={view} />
    </section>
  );
}
