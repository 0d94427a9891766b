// The chair's hand on a live draft: revise it, put it under silence, or withdraw it.
import { useState } from 'react';
import type { CouncilView, DraftView } from '@council/shared';
import { useT } from '../../i18n';
import { selectIsLive, selectPending, selectSend, useStore } from '../../store';
import { AmendForm } from './AmendForm';
import { allyName } from './names';
import { draftName } from './draftName';

interface Props {
  readonly draft: DraftView;
  readonly council: CouncilView;
}

export function ChairTools({ draft, council }: Props) {
  const t = useT();
  const live = useStore(selectIsLive);
  const pending = useStore(selectPending);
  const send = useStore(selectSend);
  const [amending, setAmending] = useState(false);
  const [confirmWithdraw, setConfirmWithdraw] = useState(false);
  const [hours, setHours] = useState(24);
  const busy = !live || pending;
  const blocked = draft.blockers.length > 0;
  const silenceId = `silence-hours-${draft.id}`;
  const validHours = Number.isInteger(hours) && hours >= 1 && hours <= 720;

  return (
    <div
      className="chair-tools"
      role="group"
      aria-label={t('council.chair.tools', { draft: draftName(draft.id) })}
    >
      <p className="chair-tools__title">{t('council.chair.title')}</p>
      {amending ? (
        <AmendForm draft={draft} council={council} onDone={() => setAmending(false)} />
      ) : (
        <div className="button-row">
          <button
            type="button"
            className="button button--secondary"
            data-testid={`amend-${draft.id}`}
            disabled={busy}
            onClick={() => setAmending(true)}
          >
            {t('council.chair.amend')}
          </button>
          {confirmWithdraw ? (
            <>
              <button
                type="button"
                className="button button--danger"
                data-testid={`withdraw-confirm-${draft.id}`}
                disabled={busy}
                onClick={() => void send({ type: 'withdrawDraft', draftId: draft.id })}
              >
                {t('council.chair.withdrawConfirm', { draft: draftName(draft.id) })}
              </button>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => setConfirmWithdraw(false)}
              >
                {t('council.chair.cancel')}
              </button>
            </>
          ) : (
            <button
              type="button"
              className="button button--secondary"
              data-testid={`withdraw-${draft.id}`}
              disabled={busy}
              onClick={() => setConfirmWithdraw(true)}
            >
              {t('council.chair.withdraw')}
            </button>
          )}
        </div>
      )}
      {draft.status === 'open' && (
        <div className="chair-tools__silence">
          <label htmlFor={silenceId}>{t('council.chair.silenceHours')}</label>
          <div className="button-row">
            <input
              id={silenceId}
              className="input input--short"
              type="number"
              min={1}
              max={720}
              step={1}
              value={Number.isNaN(hours) ? '' : hours}
              data-testid={`silence-hours-${draft.id}`}
              onChange={(e) => setHours(e.target.valueAsNumber)}
            />
            <button
              type="button"
              className="button"
              data-testid={`silence-${draft.id}`}
              disabled={busy || blocked || !validHours}
              aria-describedby={blocked ? `silence-blocked-${draft.id}` : undefined}
              onClick={() => void send({ type: 'placeUnderSilence', draftId: draft.id, hours })}
            >
              {t('council.chair.silence')}
            </button>
          </div>
          {blocked && (
            <p className="hint" id={`silence-blocked-${draft.id}`}>
              {t('council.chair.silenceBlocked', {
                names: draft.blockers.map((id) => allyName(council, id)).join(', '),
              })}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
