// Control and observers tag the scrubbed moment: a decision point, friction, a surprise, with a note.
import { useState } from 'react';
import { TAG_KINDS, type TagKind } from '@council/shared';
import { useT, type MessageKey } from '../../i18n';
import { useStore } from '../../store';
import { FormProblem, useCheckedSend } from '../../components/checkedSend';

export function TagForm({ seq }: { readonly seq: number }) {
  const t = useT();
  const { send, problem } = useCheckedSend();
  const busy = useStore((s) => s.pendingCommand !== null);
  const [kind, setKind] = useState<TagKind>('decision-point');
  const [note, setNote] = useState('');
  return (
    <form
      noValidate
      className="review__tag-form"
      data-testid="review-tag-form"
      onSubmit={(e) => {
        e.preventDefault();
        void send({ type: 'tagMoment', seq, kind, note }).then((ok) => ok && setNote(''));
      }}
    >
      <fieldset>
        <legend>{t('review.tagThis', { seq })}</legend>
        <label>
          <span>{t('review.tagKind')}</span>
          <select
            value={kind}
            onChange={(e) => setKind(e.target.value as TagKind)}
            data-testid="review-tag-kind"
          >
            {TAG_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`review.tagKind.${k}` as MessageKey)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('review.tagNote')}</span>
          <input value={note} onChange={(e) => setNote(e.target.value)} data-testid="review-tag-note" />
        </label>
        <FormProblem id="tag-problem" problem={problem} />
        <button
          type="submit"
          className="button button--small"
          disabled={busy}
          data-testid="review-tag-submit"
        >
          {t('review.tagSubmit')}
        </button>
      </fieldset>
    </form>
  );
}
