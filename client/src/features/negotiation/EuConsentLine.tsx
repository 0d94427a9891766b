// For a clause that spends EU money: whether every member state has consented, or enhanced
// cooperation carries it (and from when, without whom); the Union's convener may invoke it.
import type { ExerciseView, EuConsent } from '@council/shared';
import { gameTimeLabel } from '../../format/time';
import { useT } from '../../i18n';
import { selectIsLive, selectPending, selectSend, useStore } from '../../store';
import { partyName } from './names';

interface Props {
  readonly view: ExerciseView;
  readonly issueId: string;
  readonly issueTitle: string;
  readonly consent: EuConsent;
  /** The reader's party while it sits at open talks; null otherwise. */
  readonly party: string | null;
  readonly drafted: boolean;
}

export function EuConsentLine({ view, issueId, issueTitle, consent, party, drafted }: Props) {
  const t = useT();
  const live = useStore(selectIsLive);
  const pending = useStore(selectPending);
  const send = useStore(selectSend);
  const names = (seats: readonly string[]) => seats.map((s) => partyName(view, s)).join(', ');
  const { enhanced } = consent;
  // Members a player (or bot) holds that have not initialled; the capitals' part is said apart.
  const missingSeated = consent.missing.filter(
    (m) => !consent.refused.includes(m) && !consent.awaitingCapitals.includes(m),
  );
  const text =
    consent.via === 'unanimity'
      ? t('negotiation.eu.unanimity')
      : enhanced
        ? t(
            consent.via === 'enhancedCooperation'
              ? 'negotiation.eu.enhanced'
              : 'negotiation.eu.enhancedPending',
            {
              count: enhanced.participants,
              time: gameTimeLabel(view.clock, enhanced.effectiveAt),
              names: names(enhanced.exempt) || '—',
            },
          )
        : [
            t('negotiation.eu.needs', { names: names(consent.members) }),
            ...(consent.refused.length > 0
              ? [t('negotiation.eu.refused', { names: names(consent.refused) })]
              : []),
            ...(consent.awaitingCapitals.length > 0
              ? [t('negotiation.eu.awaitingCapitals', { names: names(consent.awaitingCapitals) })]
              : []),
            ...(missingSeated.length > 0
              ? [t('negotiation.eu.missing', { names: names(missingSeated) })]
              : []),
          ].join(' · ');
  const mayInvoke =
    drafted &&
    party !== null &&
    party === consent.convener &&
    consent.enhancedAllowed &&
    consent.via === null &&
    enhanced === null;
  return (
    <div className="clause__eu" data-testid={`clause-eu-${issueId}`} data-via={consent.via ?? ''}>
      <p className="clause__meta">
        <span className="tag tag--eu">EU</span> {text}
      </p>
      {mayInvoke && (
        <button
          type="button"
          className="button button--small button--secondary"
          data-testid={`invoke-enhanced-${issueId}`}
          aria-label={t('negotiation.eu.invokeLabel', { issue: issueTitle })}
          disabled={!live || pending}
          onClick={() => void send({ type: 'invokeEnhancedCooperation', issueId })}
        >
          {t('negotiation.eu.invoke')}
        </button>
      )}
    </div>
  );
}
