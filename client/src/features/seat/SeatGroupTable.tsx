// One kind of seat (allies, SACEUR, ...) as a table: seat, holder, presence, action.
import type { MessageKey } from '../../i18n';
import { useT } from '../../i18n';
import type { SeatGroup } from '../../store';
import { SeatRow } from './SeatRow';

export function SeatGroupTable({ group }: { readonly group: SeatGroup }) {
  const t = useT();
  return (
    <table className="seat-table" data-testid={`seat-group-${group.kind}`}>
      <caption>{t(`seats.group.${group.kind}` as MessageKey)}</caption>
      <thead>
        <tr>
          <th scope="col">{t('seats.col.seat')}</th>
          <th scope="col">{t('seats.col.holder')}</th>
          <th scope="col">{t('seats.col.presence')}</th>
          <th scope="col">{t('seats.col.action')}</th>
        </tr>
      </thead>
      <tbody>
        {group.seats.map((seat) => (
          <SeatRow key={seat.id} seat={seat} />
        ))}
      </tbody>
    </table>
  );
}
