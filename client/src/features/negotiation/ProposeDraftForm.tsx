// Propose a whole draft: an option (or none) per issue. A new proposal replaces the text and clears
// every initial and signature, so once a draft exists the form is folded away behind a summary.
import { useState, type FormEvent } from 'react';
import type { NegotiationView } from '@council/shared';
import { useT } from '../../i18n';
import { selectIsLive, selectPending, useStore } from '../../store';
import { FormProblem, useCheckedSend } from '../../components/checkedSend';
import { tx } from '../../i18n/scenarioText';

export function ProposeDraftForm({ talks }: { readonly talks: NegotiationView }) {
  const t = useT();
  const live = useStore(selectIsLive);
  const pending = useStore(selectPending);
  const { send, problem } = useCheckedSend();
  const current = Object.fromEntries(talks.clauses.map((c) => [c.issueId, c.optionId ?? '']));
  const [choice, setChoice] = useState<Record<string, string>>(current);
  const [empty, setEmpty] = useState(false);
  const first = talks.revision === 0;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const clauses = Object.fromEntries(Object.entries(choice).filter(([, optionId]) => optionId !== ''));
    if (Object.keys(clauses).length === 0) return setEmpty(true);
    setEmpty(false);
    await send({ type: 'proposeDraft', clauses });
  };
  return (
    <details className="card propose-draft" data-testid="propose-draft" open={first}>
      <summary>{t(first ? 'negotiation.propose.first' : 'negotiation.propose.again')}</summary>
      <form noValidate onSubmit={(e) => void submit(e)}>
        {talks.issues.map((issue) => (
          <div key={issue.id} className="propose-draft__row">
            <label htmlFor={`propose-${issue.id}`}>{tx(issue.title)}</label>
            <select
              id={`propose-${issue.id}`}
              className="input select"
              data-testid={`propose-${issue.id}`}
              value={choice[issue.id] ?? ''}
              onChange={(e) => setChoice({ ...choice, [issue.id]: e.target.value })}
            >
              <option value="">{t('negotiation.propose.none')}</option>
              {issue.options.map((o) => (
                <option key={o.id} value={o.id}>
                  {tx(o.label)}
                </option>
              ))}
            </select>
          </div>
        ))}
        {empty && (
          <p className="field__error" role="alert" data-testid="propose-empty">
            {t('negotiation.propose.empty')}
          </p>
        )}
        <FormProblem id="propose-problem" problem={problem} />
        <button type="submit" className="button" data-testid="propose-submit" disabled={!live || pending}>
          {t('negotiation.propose.submit')}
        </button>
      </form>
    </details>
  );
}
