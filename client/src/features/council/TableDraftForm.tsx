// The chair tables a draft: one item or a package, the catalogue text or its own, silence at once or not.
import { useState, type FormEvent } from 'react';
import { numberHints, SILENCE_HOURS, type CouncilView } from '@council/shared';
import { useT } from '../../i18n';
import { selectIsLive, selectPending, useStore } from '../../store';
import { freeItems, ItemChecklist } from './ItemChecklist';
import { useDraft } from '../../components/useDraft';
import { FormProblem, useCheckedSend } from '../../components/checkedSend';

export function TableDraftForm({ council, sits }: { readonly council: CouncilView; readonly sits: boolean }) {
  const t = useT();
  const live = useStore(selectIsLive);
  const pending = useStore(selectPending);
  const { send, problem } = useCheckedSend();
  const [items, setItems] = useState<string[]>([]);
  const [text, setText] = useDraft('tableDraft:text');
  const [silence, setSilence] = useState(false);
  const [hours, setHours] = useState(24);
  const free = freeItems(council.catalogue);
  // Requested items first: the chair usually tables what allies asked for.
  const ordered = [...free.filter((i) => i.agenda), ...free.filter((i) => !i.agenda)];
  const chosen = items.filter((id) => free.some((i) => i.id === id));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const ok = await send({
      type: 'tableDraft',
      itemIds: chosen,
      ...(text.trim() ? { text: text.trim() } : {}),
      ...(silence ? { silenceHours: hours } : {}),
    });
    if (ok) {
      setItems([]);
      setText('');
      setSilence(false);
    }
  };

  return (
    <section className="card table-draft" aria-labelledby="table-draft-title" data-testid="table-draft-form">
      <h2 id="table-draft-title">{t('council.table.title')}</h2>
      {!sits && <p className="hint">{t('council.table.notSitting')}</p>}
      {free.length === 0 ? (
        <p>{t('council.table.nothing')}</p>
      ) : (
        <form noValidate onSubmit={(e) => void submit(e)}>
          <ItemChecklist
            legend={t('council.table.items')}
            items={ordered}
            chosen={chosen}
            onChange={setItems}
            testIdPrefix="table-item"
            idPrefix="table-item"
          />
          <div className="field">
            <label htmlFor="table-text">{t('council.table.text')}</label>
            <p className="hint" id="table-text-hint">
              {t('council.table.textHint')}
            </p>
            <textarea
              id="table-text"
              className="input textarea"
              rows={3}
              value={text}
              aria-describedby="table-text-hint"
              data-testid="table-text"
              onChange={(e) => setText(e.target.value)}
            />
          </div>
          <div className="item-checklist__row">
            <input
              type="checkbox"
              id="table-silence"
              data-testid="table-silence"
              checked={silence}
              onChange={(e) => setSilence(e.target.checked)}
            />
            <label htmlFor="table-silence">{t('council.table.silence')}</label>
          </div>
          {silence && (
            <div className="field">
              <label htmlFor="table-silence-hours">{t('council.chair.silenceHours')}</label>
              <input
                id="table-silence-hours"
                className="input input--short"
                type="number"
                {...numberHints(SILENCE_HOURS)}
                value={Number.isNaN(hours) ? '' : hours}
                data-testid="table-silence-hours"
                onChange={(e) => setHours(e.target.valueAsNumber)}
              />
            </div>
          )}
          <FormProblem id="table-draft-problem" problem={problem} />
          <button
            type="submit"
            className="button"
            data-testid="table-draft"
            disabled={!live || pending || !sits || chosen.length === 0}
          >
            {chosen.length > 1
              ? t('council.table.submitPackage', { count: chosen.length })
              : t('council.table.submit')}
          </button>
        </form>
      )}
    </section>
  );
}
