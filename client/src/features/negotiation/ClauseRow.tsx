// One clause of the draft: the option drafted for its issue, who drafted it, who initialled it,
// whether it needs the EU's or the North Atlantic Council's consent, the reader's own red lines it
// crosses (Control: every party's), and what the reader may do with it (initial it, or amend it).
import { useState, type FormEvent } from 'react';
import type { ExerciseView, NegotiationClauseView, NegotiationView } from '@council/shared';
import { useT } from '../../i18n';
import { selectIsLive, selectPending, useStore } from '../../store';
import { FormProblem, useCheckedSend } from '../../components/checkedSend';
import { EuConsentLine } from './EuConsentLine';
import { NacLine } from './NacLine';
import { drafterName, optionLabel, partyName } from './names';
import { crossedBy } from './redLines';
import { tx } from '../../i18n/scenarioText';

interface Props {
  readonly view: ExerciseView;
  readonly talks: NegotiationView;
  readonly clause: NegotiationClauseView;
  /** The reader's party while it sits at open talks; null otherwise. */
  readonly party: string | null;
  readonly mayDraft: boolean;
}

export function ClauseRow({ view, talks, clause, party, mayDraft }: Props) {
  const t = useT();
  const live = useStore(selectIsLive);
  const pending = useStore(selectPending);
  const { send, problem } = useCheckedSend();
  const issue = talks.issues.find((i) => i.id === clause.issueId);
  const alternatives = issue?.options.filter((o) => o.id !== clause.optionId) ?? [];
  const [amendTo, setAmendTo] = useState(alternatives[0]?.id ?? '');
  if (!issue) return null;
  const id = issue.id;
  const option = issue.options.find((o) => o.id === clause.optionId) ?? null;
  const missing = talks.parties
    .filter((p) => p.required && !p.walkedOut && !clause.initialledBy.includes(p.seat))
    .map((p) => partyName(view, p.seat));
  const chosen = alternatives.some((o) => o.id === amendTo) ? amendTo : (alternatives[0]?.id ?? '');
  const amend = async (event: FormEvent) => {
    event.preventDefault();
    if (chosen) await send({ type: 'amendClause', issueId: id, optionId: chosen });
  };
  const mayInitial = party !== null && option !== null && !clause.initialledBy.includes(party);
  const own = talks.own !== null;
  const names = (seats: readonly string[]) => seats.map((s) => partyName(view, s)).join(', ');
  const crossing = crossedBy(talks, id, clause.optionId);
  /** An amend choice, marked when it would cross a red line the reader knows of. */
  const choiceLabel = (optionId: string) => {
    const label = optionLabel(talks, id, optionId);
    const by = crossedBy(talks, id, optionId);
    if (by.length === 0) return label;
    return `${label} ${own ? t('negotiation.redLine.yoursMark') : t('negotiation.redLine.theirsMark', { names: names(by) })}`;
  };
  return (
    <li
      className={`card clause${option ? '' : ' clause--empty'}`}
      data-testid={`clause-${id}`}
      data-option={clause.optionId ?? ''}
      aria-labelledby={`clause-title-${id}`}
    >
      <h4 id={`clause-title-${id}`} className="clause__issue">
        {tx(issue.title)}
      </h4>
      <p className="clause__option" data-testid={`clause-option-${id}`}>
        {option ? tx(option.label) : t('negotiation.noClause')}
      </p>
      {option?.text && <blockquote className="clause__text">{tx(option.text)}</blockquote>}
      {crossing.length > 0 && (
        <p className="clause__meta clause__redline" data-testid={`clause-redline-${id}`}>
          ⚠{' '}
          {own
            ? t('negotiation.redLine.crossesYours')
            : t('negotiation.redLine.crossesTheirs', { names: names(crossing) })}
        </p>
      )}
      {option && (
        <p className="clause__meta" data-testid={`clause-drafter-${id}`}>
          {t('negotiation.draftedBy', { name: drafterName(view, clause.proposedBy, t) })}
        </p>
      )}
      {option && (
        <p className="clause__meta" data-testid={`clause-initials-${id}`}>
          {clause.initialledBy.length > 0
            ? t('negotiation.initialledBy', {
                names: clause.initialledBy.map((p) => partyName(view, p)).join(', '),
              })
            : t('negotiation.notInitialled')}
          {missing.length > 0 && ` · ${t('negotiation.awaiting', { names: missing.join(', ') })}`}
        </p>
      )}
      {clause.eu && (
        <EuConsentLine
          view={view}
          issueId={id}
          issueTitle={tx(issue.title)}
          consent={clause.eu}
          party={party}
          drafted={option !== null}
        />
      )}
      {clause.nac && <NacLine view={view} issueId={id} nac={clause.nac} />}
      <div className="button-row clause__actions">
        {mayInitial && (
          <button
            type="button"
            className="button button--small"
            data-testid={`initial-${id}`}
            aria-label={t('negotiation.initialLabel', { issue: tx(issue.title) })}
            disabled={!live || pending}
            onClick={() => void send({ type: 'initialClause', issueId: id })}
          >
            {t('negotiation.initial')}
          </button>
        )}
        {mayDraft && talks.revision > 0 && alternatives.length > 0 && (
          <form noValidate className="clause__amend" onSubmit={(e) => void amend(e)}>
            <label htmlFor={`amend-select-${id}`} className="visually-hidden">
              {t('negotiation.amendToLabel', { issue: tx(issue.title) })}
            </label>
            <select
              id={`amend-select-${id}`}
              className="input select"
              data-testid={`amend-select-${id}`}
              value={chosen}
              onChange={(e) => setAmendTo(e.target.value)}
            >
              {alternatives.map((o) => (
                <option key={o.id} value={o.id} data-crosses-red-line={crossedBy(talks, id, o.id).length > 0}>
                  {choiceLabel(o.id)}
                </option>
              ))}
            </select>
            <button
              type="submit"
              className="button button--small button--secondary"
              data-testid={`amend-submit-${id}`}
              aria-label={t('negotiation.amendLabel', { issue: tx(issue.title) })}
              disabled={!live || pending}
            >
              {t('negotiation.amend')}
            </button>
          </form>
        )}
        <FormProblem id={`clause-problem-${id}`} problem={problem} />
      </div>
    </li>
  );
}
