// Every NAC catalogue item: raised, tabled, decided, latency, and how it compares with history.
import { decisionsTable, formatGameTime, type ExerciseState } from '@council/shared';
import { useT } from '../../i18n';
import { tx } from '../../i18n/scenarioText';

export function DecisionsTable({ state }: { readonly state: ExerciseState }) {
  const t = useT();
  const when = (time: string | null) => (time ? formatGameTime(state.scenario.startsAt, time) : '—');
  return (
    <>
      <h3>{t('review.decisions')}</h3>
      <table className="review__decisions" data-testid="review-decisions">
        <thead>
          <tr>
            <th scope="col">{t('review.col.item')}</th>
            <th scope="col">{t('review.col.raised')}</th>
            <th scope="col">{t('review.col.tabled')}</th>
            <th scope="col">{t('review.col.decided')}</th>
            <th scope="col">{t('review.col.latency')}</th>
            <th scope="col">{t('review.col.via')}</th>
            <th scope="col">{t('review.col.anchors')}</th>
          </tr>
        </thead>
        <tbody>
          {decisionsTable(state).map((row) => (
            <tr key={row.itemId} data-testid={`review-decision-${row.itemId}`}>
              <th scope="row">{tx(row.title)}</th>
              <td>{when(row.raisedAt)}</td>
              <td>{when(row.tabledAt)}</td>
              <td>{when(row.decidedAt)}</td>
              <td>{row.latencyHours === null ? '—' : t('review.hours', { hours: row.latencyHours })}</td>
              <td>{row.adoptedVia ?? '—'}</td>
              <td>
                {row.versusAnchors
                  ? t('review.anchors', {
                      nineEleven: row.versusAnchors.nineEleven,
                      libya: row.versusAnchors.libya,
                      turkey: row.versusAnchors.turkey,
                    })
                  : '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
