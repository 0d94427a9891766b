// Shown while the exercise is paused for repair (ADR 0016): players wait; the lead facilitator sees
// the first stored event that cannot be applied and may set it, and what followed, aside.
import type { ExerciseView } from '@council/shared';
import { useT } from '../../i18n';
import { selectIsLeadControl, selectIsLive, selectPending, selectSend, useStore } from '../../store';

export function RepairBanner({ view }: { readonly view: ExerciseView }) {
  const t = useT();
  const lead = useStore(selectIsLeadControl);
  const live = useStore(selectIsLive);
  const pending = useStore(selectPending);
  const send = useStore(selectSend);
  if (!view.clock.underRepair) return null;
  const { repair } = view;
  return (
    <div className="banner banner--warning" role="status" data-testid="repair-banner">
      <span aria-hidden="true">⚠ </span>
      {repair ? t('repair.control', { seq: repair.seq, type: repair.type }) : t('repair.paused')}
      {repair && lead && (
        <>
          {' '}
          <button
            type="button"
            className="button button--small"
            data-testid="repair-log"
            disabled={!live || pending}
            onClick={() => void send({ type: 'repairLog', failedSeq: repair.seq })}
          >
            {t('repair.button', { seq: repair.seq })}
          </button>
        </>
      )}
    </div>
  );
}
