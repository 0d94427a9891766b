// For a clause that commits NATO: the catalogue item the North Atlantic Council must adopt before
// the text is signed, where the Council stands on it (adopted, pending, blocked, not tabled), and
// who takes it there: the chair's player, or Control while that seat is free (ADR 0019). Whoever
// chairs may table it from here.
import type { ExerciseView, NacConsent } from '@council/shared';
import { useT } from '../../i18n';
import { selectIsLive, selectPending, selectSend, useStore } from '../../store';
import { partyName } from './names';
import { tx } from '../../i18n/scenarioText';
import { draftName } from '../council/draftName';

interface Props {
  readonly view: ExerciseView;
  readonly issueId: string;
  readonly nac: NacConsent;
}

export function NacLine({ view, issueId, nac }: Props) {
  const t = useT();
  const live = useStore(selectIsLive);
  const pending = useStore(selectPending);
  const send = useStore(selectSend);
  const youChair = view.council?.chair.youChair ?? false;
  const standing =
    nac.status === 'adopted'
      ? t('negotiation.nac.adopted')
      : nac.status === 'blocked'
        ? t('negotiation.nac.blocked', { names: nac.blockers.map((b) => tx(b.name)).join(', ') })
        : nac.status === 'pending'
          ? t('negotiation.nac.pending', { draft: draftName(nac.draftId ?? '') })
          : t('negotiation.nac.notTabled');
  const who = youChair
    ? t('negotiation.nac.youChair')
    : nac.chair.held && nac.chair.seatId !== null
      ? t('negotiation.nac.chairSeat', { name: partyName(view, nac.chair.seatId) })
      : t('negotiation.nac.chairControl');
  return (
    <div
      className="clause__nac"
      data-testid={`clause-nac-${issueId}`}
      data-status={nac.status}
      data-draft={nac.draftId ?? ''}
    >
      <p className="clause__meta">
        <span className="tag tag--nato">NATO</span> {t('negotiation.nac.needs', { item: tx(nac.title) })} —{' '}
        {standing}
        {nac.status === 'notTabled' && <span data-testid={`clause-nac-who-${issueId}`}> · {who}</span>}
      </p>
      {nac.status === 'notTabled' && youChair && (
        <button
          type="button"
          className="button button--small button--secondary"
          data-testid={`nac-table-${issueId}`}
          aria-label={t('negotiation.nac.tableLabel', { item: tx(nac.title) })}
          disabled={!live || pending}
          onClick={() => void send({ type: 'tableDraft', itemIds: [nac.itemId] })}
        >
          {t('negotiation.nac.table')}
        </button>
      )}
    </div>
  );
}
