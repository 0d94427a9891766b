// The chair revises a draft: new text, and (for a package deal) a different bundle of items.
import { useState, type FormEvent } from 'react';
import type { CouncilView, DraftView } from '@council/shared';
import { useT } from '../../i18n';
import { selectIsLive, selectPending, useStore } from '../../store';
import { freeItems, ItemChecklist } from './ItemChecklist';
import { allyName } from './names';
import { useDraft } from '../../components/useDraft';
import { tx } from '../../i18n/scenarioText';
import { FormProblem, useCheckedSend } from '../../components/checkedSend';

interface Props {
  readonly draft: DraftView;
  readonly council: CouncilView;
  readonly onDone: () => void;
}

export function AmendForm({ draft, council, onDone }: Props) {
  const t = useT();
  const live = useStore(selectIsLive);
  const pending = useStore(selectPending);
  const { send, problem } = useCheckedSend();
  const [text, setText, forget] = useDraft(`amend:${draft.id}`, tx(draft.text));
  const [items, setItems] = useState<string[]>([...draft.itemIds]);
  const base = `amend-${draft.id}`;
  const sameItems = items.length === draft.itemIds.length && items.every((i) => draft.itemIds.includes(i));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const ok = await send({
      type: 'amendDraft',
      draftId: draft.id,
      text: text.trim(),
      ...(sameItems ? {} : { itemIds: items }),
    });
    if (ok) {
      forget();
      onDone();
    }
  };
  return (
    <form
      noValidate
      className="chair-form"
      onSubmit={(e) => void submit(e)}
      data-testid={`amend-form-${draft.id}`}
    >
      <div className="field">
        <label htmlFor={`${base}-text`}>{t('council.chair.amendText')}</label>
        <textarea
          id={`${base}-text`}
          className="input textarea"
          rows={4}
          value={text}
          data-testid={`amend-text-${draft.id}`}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      <ItemChecklist
        legend={t('council.chair.amendItems')}
        items={freeItems(council.catalogue, draft.id)}
        chosen={items}
        onChange={setItems}
        testIdPrefix={`amend-item-${draft.id}`}
        idPrefix={`${base}-item`}
      />
      {draft.blockers.length > 0 && (
        <p className="hint">
          {t('council.chair.answers', {
            names: draft.blockers.map((id) => allyName(council, id)).join(', '),
          })}
        </p>
      )}
      <div className="button-row">
        <FormProblem id={`amend-problem-${draft.id}`} problem={problem} />
        <button
          type="submit"
          className="button"
          data-testid={`amend-submit-${draft.id}`}
          disabled={!live || pending || !text.trim() || items.length === 0}
        >
          {t('council.chair.amendSubmit')}
        </button>
        <button type="button" className="button button--secondary" onClick={onDone}>
          {t('council.chair.cancel')}
        </button>
      </div>
    </form>
  );
}
