// The drafting table of a negotiated scenario: the parties, the draft clause by clause, what the
// reader may do (propose, amend, initial for their own party, sign, walk out), their party's secret
// dossier (Control sees every dossier), and the record of the text.
import { gameTimeLabel } from '../../format/time';
import { useT, type MessageKey } from '../../i18n';
import { capabilities, selectView, useStore } from '../../store';
import { ClauseRow } from './ClauseRow';
import { CurrentsMeters } from './CurrentsMeters';
import { Dossier } from './Dossier';
import { FrontPanel } from './FrontPanel';
import { ImplementationBox } from './ImplementationBox';
import { MediationTracks } from './MediationTracks';
import { partyName, percent } from './names';
import { PartiesRoll } from './PartiesRoll';
import { PartyActions } from './PartyActions';
import { ProposeDraftForm } from './ProposeDraftForm';
import { ReturnBanner } from './ReturnBanner';
import { SpendingPanel } from './SpendingPanel';
import { TextRecord } from './TextRecord';

export function DraftingTable() {
  const t = useT();
  const view = useStore(selectView);
  const talks = view?.negotiation;
  if (!view || !talks) return null;
  // The talks sit when the Council would: consultation and decision phases of a running exercise.
  const sits = capabilities(view).councilSits;
  // Suspended talks go on without the party that left; collapsed or signed ones are closed.
  const open = sits && (talks.status === 'open' || talks.status === 'suspended');
  const mine = talks.parties.find((p) => p.seat === view.you.seatId) ?? null;
  const party = open && mine && !mine.walkedOut ? mine.seat : null;
  const mayDraft = open && (view.you.isControl || party !== null);
  return (
    <div className="negotiation" data-testid="negotiation-table" data-status={talks.status}>
      <h2 className="visually-hidden">{t('negotiation.title')}</h2>
      <p className="negotiation__status">
        <span className={`tag tag--talks-${talks.status}`} data-testid="talks-status">
          {t(`negotiation.status.${talks.status}` as MessageKey)}
        </span>{' '}
        {talks.revision > 0 && <span>{t('negotiation.revision', { n: talks.revision })} · </span>}
        <span data-testid="talks-progress">
          {t('negotiation.progress', { percent: percent(talks.progress) })}
        </span>
        {talks.signedAt &&
          ` · ${t('negotiation.signedAt', { time: gameTimeLabel(view.clock, talks.signedAt) })}`}
      </p>
      {talks.status === 'open' && !sits && <p className="negotiation__hint">{t('negotiation.notSitting')}</p>}
      {mine?.walkedOut && <ReturnBanner view={view} returnBy={mine.returnBy} mayReturn={open} />}
      <div className="negotiation__grid">
        <section className="negotiation__draft" aria-labelledby="negotiation-draft-title">
          <h3 id="negotiation-draft-title">{t('negotiation.draft')}</h3>
          {talks.revision === 0 && <p className="card">{t('negotiation.noDraft')}</p>}
          {talks.revision > 0 && (
            <ol className="clause-list" data-testid="clause-list">
              {talks.clauses.map((clause) => (
                <ClauseRow
                  key={clause.issueId}
                  view={view}
                  talks={talks}
                  clause={clause}
                  party={party}
                  mayDraft={mayDraft}
                />
              ))}
            </ol>
          )}
          {mayDraft && <ProposeDraftForm key={talks.revision} talks={talks} />}
        </section>
        <div className="negotiation__side">
          <ImplementationBox view={view} talks={talks} />
          <PartiesRoll view={view} talks={talks} />
          <CurrentsMeters talks={talks} />
          <FrontPanel view={view} talks={talks} />
          <SpendingPanel spending={talks.spending} />
          {party && <PartyActions view={view} talks={talks} party={party} />}
          {talks.own && (
            <Dossier
              talks={talks}
              dossier={talks.own}
              heading={t('negotiation.yourDossier')}
              testId="own-dossier"
            />
          )}
          {talks.dossiers.length > 0 && (
            <section aria-labelledby="negotiation-dossiers-title" data-testid="all-dossiers">
              <h3 id="negotiation-dossiers-title">{t('negotiation.dossiers')}</h3>
              {talks.dossiers.map((d) => (
                <details key={d.seat} className="dossier-fold">
                  <summary>{t('negotiation.dossierOf', { party: partyName(view, d.seat) })}</summary>
                  <Dossier
                    talks={talks}
                    dossier={d}
                    heading={partyName(view, d.seat)}
                    testId={`dossier-${d.seat}`}
                  />
                </details>
              ))}
            </section>
          )}
          <MediationTracks view={view} talks={talks} />
          <TextRecord view={view} talks={talks} />
        </div>
      </div>
    </div>
  );
}
