// One seat: who holds it, whether they are connected, and what this reader may do with it.
import type { SeatView } from '@council/shared';
import { useT } from '../../i18n';
import { selectMySeatId, useStore } from '../../store';
import { Presence } from './Presence';
import { SeatAction } from './SeatAction';
import { tx } from '../../i18n/scenarioText';

export function SeatRow({ seat }: { readonly seat: SeatView }) {
  const t = useT();
  const mine = useStore(selectMySeatId) === seat.id;
  const isControlSeat = seat.kind === 'control';
  const controlCount = useStore((s) => s.view?.controlConnections ?? 0);
  // The Control seat is never claimed: it is "held" while any facilitator is connected.
  const connected = isControlSeat ? seat.connected || controlCount > 0 : seat.connected;

  const holder = seat.holder
    ? mine
      ? t('seats.you', { name: seat.holder.displayName })
      : seat.holder.displayName
    : isControlSeat && connected
      ? t('seats.controlHolder')
      : null;

  return (
    <tr
      className={`seat-row${mine ? ' seat-row--mine' : ''}${holder ? '' : ' seat-row--free'}`}
      data-testid={`seat-${seat.id}`}
      data-state={holder ? 'held' : 'free'}
    >
      <th scope="row">
        <span className="seat-row__label">{tx(seat.label)}</span>
        {seat.nation && (
          <span className="seat-row__nation" data-testid={`nation-${seat.id}`}>
            {seat.nation}
          </span>
        )}
        {seat.description && <span className="seat-row__description">{tx(seat.description)}</span>}
      </th>
      <td>
        {/* holder-<id> exists only while the seat is held: tests wait for it to disappear. */}
        {holder ? (
          <span data-testid={`holder-${seat.id}`}>{holder}</span>
        ) : (
          <span className="seat-row__free" data-testid={`free-${seat.id}`}>
            {t('seats.free')}
          </span>
        )}
      </td>
      <td>
        <Presence
          seatId={seat.id}
          connected={connected}
          show={holder !== null}
          bot={seat.holder?.bot}
          title={isControlSeat ? t('lobby.facilitatorConnected', { count: controlCount }) : undefined}
        />
      </td>
      <td>
        <SeatAction seat={seat} mine={mine} />
      </td>
    </tr>
  );
}
