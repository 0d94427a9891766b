// Every seat of the scenario, grouped by kind, with the name field a player claims under.
import { Alert } from '../../components/Alert';
import { useErrorText, useT } from '../../i18n';
import {
  seatMessageParams,
  selectIsControl,
  selectMySeatId,
  selectView,
  useSeatGroups,
  useStore,
} from '../../store';
import { DisplayNameField } from './DisplayNameField';
import { SeatGroupTable } from './SeatGroupTable';

export function SeatBoard() {
  const t = useT();
  const errorText = useErrorText();
  const groups = useSeatGroups();
  const isControl = useStore(selectIsControl);
  const seated = useStore(selectMySeatId) !== null;
  const seatError = useStore((s) => s.seatError);
  const view = useStore(selectView);

  const message =
    seatError === null
      ? null
      : typeof seatError === 'string'
        ? t(`seats.${seatError}`)
        : errorText(seatError.error, seatMessageParams(view, seatError.seatId));

  return (
    <section className="card seats" aria-labelledby="seats-title">
      <h2 id="seats-title">{t('seats.title')}</h2>
      {!isControl && !seated && <DisplayNameField invalid={typeof seatError === 'string'} />}
      {message && (
        <Alert id="seat-error" testId="seat-error">
          {message}
        </Alert>
      )}
      {groups.map((group) => (
        <SeatGroupTable key={group.kind} group={group} />
      ))}
    </section>
  );
}
