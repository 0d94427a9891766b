// One moment of the exercise as the viewer saw it: clock, measures, the council's drafts and the map
// (the ceasefire map in a scenario with a line of contact, the forces map otherwise).
import { lazy, Suspense } from 'react';
import type { ExerciseView, TimelineEntry } from '@council/shared';
import { useT } from '../../i18n';
import { CeasefireMapOfView } from '../ceasefireMap';
import { kahnRungName, rungName } from '../map/rungName';
import { tx } from '../../i18n/scenarioText';
import { draftName } from '../council/draftName';

const ReviewMap = lazy(() => import('./ReviewMap').then((m) => ({ default: m.ReviewMap })));

const percent = (x: number | null | undefined) =>
  x === null || x === undefined ? '—' : `${Math.round(x * 100)} %`;

export function MomentView({
  view,
  entry,
}: {
  readonly view: ExerciseView;
  readonly entry: TimelineEntry | null;
}) {
  const t = useT();
  const theatre = view.forces?.measures ?? null;
  const drafts = view.council?.drafts ?? [];
  const titles = new Map((view.council?.catalogue ?? []).map((c) => [c.id, c.title]));
  return (
    <div className="review__moment">
      <p data-testid="review-clock">
        {t('review.clock', { time: view.clock.gameTimeLabel, turn: view.clock.turn })}{' '}
        {entry && <span className="review__event">{entry.label}</span>}
      </p>
      <dl className="review__measures" data-testid="review-measures">
        {view.measures.cohesion !== undefined && (
          <>
            <dt>{t('review.measure.cohesion')}</dt>
            <dd data-testid="review-measure-cohesion">{view.measures.cohesion}</dd>
          </>
        )}
        {view.measures.deterrenceCredibility !== undefined && (
          <>
            <dt>{t('review.measure.deterrenceCredibility')}</dt>
            <dd>{view.measures.deterrenceCredibility}</dd>
          </>
        )}
        <dt>{t('review.measure.escalationRung')}</dt>
        <dd data-testid="review-measure-rung">
          {kahnRungName(t, view.measures.escalationRung ?? view.picture.escalationRung)}
        </dd>
        {view.forces && (
          <>
            <dt>{t('review.measure.escalation')}</dt>
            <dd>{rungName(t, view.forces.escalation, '—')}</dd>
          </>
        )}
        {theatre && (
          <>
            <dt>{t('review.measure.groundHeld')}</dt>
            <dd>{percent(theatre.groundHeld)}</dd>
          </>
        )}
        {view.negotiation && (
          <>
            <dt>{t('review.measure.agreementProgress')}</dt>
            <dd>{percent(view.negotiation.progress)}</dd>
          </>
        )}
      </dl>
      <h3>{t('review.agenda')}</h3>
      {view.council === null ? (
        <p className="hint">{t('review.noCouncil')}</p>
      ) : drafts.length === 0 ? (
        <p className="hint" data-testid="review-agenda">
          {t('review.noDrafts')}
        </p>
      ) : (
        <ul className="review__agenda" data-testid="review-agenda">
          {drafts.map((draft) => (
            <li key={draft.id}>
              {t('review.draft', {
                draft: draftName(draft.id),
                items: draft.itemIds.map((id) => tx(titles.get(id)) || id).join(', '),
                status: t(`review.draftStatus.${draft.status}`),
              })}
            </li>
          ))}
        </ul>
      )}
      {view.negotiation?.map ? (
        <CeasefireMapOfView view={view} />
      ) : (
        view.forces && (
          <Suspense fallback={<p className="hint">{t('app.loading')}</p>}>
            <ReviewMap forces={view.forces} />
          </Suspense>
        )
      )}
    </div>
  );
}
