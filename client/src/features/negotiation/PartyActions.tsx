// What a party does with the whole text: sign it once nothing stops it (the button names what
// does, as the server's rule found it), or walk out of the talks.
import { useState, type FormEvent } from 'react';
import type { ExerciseView, NegotiationView } from '@council/shared';
import { useT } from '../../i18n';
import { FormProblem, useCheckedSend } from '../../components/checkedSend';
import { selectIsLive, selectPending, selectSend, useStore } from '../../store';
import { signBlockText } from './signBlockText';

interface Props {
  readonly view: ExerciseView;
  readonly talks: NegotiationView;
  readonly party: string;
}

export function PartyActions({ view, talks, party }: Props) {
  const t = useT();
  const live = useStore(selectIsLive);
  const pending = useStore(selectPending);
  const send = useStore(selectSend);
  const checked = useCheckedSend();
  const [reason, setReason] = useState('');
  const signed = talks.parties.find((p) => p.seat === party)?.signed ?? false;
  const block = talks.signing?.blockedBy ?? null;
  const leave = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = reason.trim();
    // Checked first: a reason the server would refuse stays in the box with the reason why.
    await checked.send({ type: 'walkOut', ...(trimmed ? { reason: trimmed } : {}) });
  };
  return (
    <section className="card party-actions" aria-label={t('negotiation.sign')}>
      {signed ? (
        <p data-testid="you-signed">✓ {t('negotiation.youSigned')}</p>
      ) : (
        <>
          <button
            type="button"
            className="button"
            data-testid="sign-draft"
            disabled={!live || pending || block !== null}
            aria-describedby={block === null ? undefined : 'sign-blocked'}
            onClick={() => void send({ type: 'signDraft' })}
          >
            {t('negotiation.sign')}
          </button>
          {block !== null && (
            <p
              id="sign-blocked"
              className="party-actions__hint"
              data-testid="sign-blocked"
              data-code={block.code}
            >
              {signBlockText(view, talks, block, t)}
            </p>
          )}
        </>
      )}
      <details className="party-actions__leave">
        <summary>{t('negotiation.walkOut')}</summary>
        <form noValidate onSubmit={(e) => void leave(e)}>
          <label htmlFor="walk-out-reason">{t('negotiation.walkOutReason')}</label>
          <textarea
            id="walk-out-reason"
            className="input textarea"
            rows={2}
            data-testid="walk-out-reason"
            aria-describedby={checked.problem === null ? undefined : 'walk-out-problem'}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
          <button
            type="submit"
            className="button button--danger"
            data-testid="walk-out"
            disabled={!live || pending}
          >
            {t('negotiation.walkOutSubmit')}
          </button>
          <FormProblem id="walk-out-problem" problem={checked.problem} />
        </form>
      </details>
    </section>
  );
}
