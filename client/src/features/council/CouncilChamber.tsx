// The North Atlantic Council: agenda, drafts on the table with every ally's stance, the chair's
// tools, the record of closed drafts, and decision latency against history.
import { useT } from '../../i18n';
import { capabilities, selectView, useStore } from '../../store';
import { Agenda } from './Agenda';
import { DraftCard, isLiveDraft } from './DraftCard';
import { LatencyPanel } from './LatencyPanel';
import { TableDraftForm } from './TableDraftForm';

export function CouncilChamber() {
  const t = useT();
  const view = useStore(selectView);
  const council = view?.council;
  if (!view || !council) return null;
  const caps = capabilities(view);
  const live = council.drafts.filter(isLiveDraft);
  const closed = council.drafts.filter((d) => !isLiveDraft(d));
  const sg = view.seats.find((s) => s.id === council.chair.seatId);
  return (
    <div className="council" data-testid="council-chamber">
      <h2 className="visually-hidden">{t('council.title')}</h2>
      <p className="council__chair" data-testid="council-chair">
        {caps.chairs
          ? t(view.you.isControl ? 'council.chairControl' : 'council.chairYou')
          : sg?.holder
            ? t('council.chairHeld', { name: sg.holder.displayName })
            : t('council.chairEmpty')}
        {!caps.councilSits && ` ${t('council.notSitting')}`}
      </p>
      <div className="council__grid">
        <div className="council__side">
          <Agenda view={view} council={council} />
          {caps.chairs && <TableDraftForm council={council} sits={caps.councilSits} />}
        </div>
        <section className="council__drafts" aria-labelledby="drafts-title">
          <h2 id="drafts-title">{t('council.drafts', { count: live.length })}</h2>
          {live.length === 0 && <p className="card council__empty">{t('council.noDrafts')}</p>}
          {live.map((d) => (
            <DraftCard key={d.id} view={view} council={council} draft={d} />
          ))}
          {closed.length > 0 && (
            <details className="council__record" data-testid="draft-record">
              <summary>{t('council.record', { count: closed.length })}</summary>
              {closed.map((d) => (
                <DraftCard key={d.id} view={view} council={council} draft={d} />
              ))}
            </details>
          )}
        </section>
      </div>
      <LatencyPanel view={view} council={council} />
    </div>
  );
}
