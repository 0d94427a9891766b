// The adjudication report: each result with its rule, dice and explanation (and, for Control, the
// whole combat record: inputs, modifiers, ratio and column, losses); then the escalation ladder.
import { useT } from '../../i18n';
import { adjudicationText } from './adjudicationText';
import { CombatDetail } from './CombatReport';
import { EscalationLadder } from './EscalationLadder';
import { placeName } from './unitText';
import type { ForcesPicture, ForcesReportView } from './types';
import { tx } from '../../i18n/scenarioText';

interface Props {
  readonly forces: ForcesPicture;
  readonly label: (hour: number) => string;
}

function heading(
  t: ReturnType<typeof useT>,
  forces: ForcesPicture,
  r: ForcesReportView,
  time: string,
): string {
  const unit = (id: string | undefined) => forces.units.find((u) => u.id === id)?.name ?? id ?? '';
  const place = r.placeId ? placeName(forces, r.placeId) : '';
  switch (r.type) {
    case 'combatResolved':
      return t('map.report.combat', { place, time });
    case 'readinessRolled':
      return t('map.report.readiness', { unit: tx(unit(r.unitIds[0])), time });
    case 'permitRolled':
      return t('map.report.permit', { unit: tx(unit(r.unitIds[0])), time });
    case 'unitDestroyed':
      return t('map.report.destroyed', { unit: tx(unit(r.unitIds[0])), place, time });
    case 'placeCaptured':
      return t('map.report.captured', { place, time });
  }
}

export function AdjudicationReport({ forces, label }: Props) {
  const t = useT();
  const reports = [...forces.reports].reverse();
  return (
    <section className="map-report" data-testid="adjudication-report" aria-labelledby="map-report-title">
      <h3 id="map-report-title">{t('map.report.title')}</h3>
      <EscalationLadder forces={forces} />
      {reports.length === 0 && <p className="hint">{t('map.report.none')}</p>}
      {/* A long turn of fighting scrolls inside the panel; the region is focusable for the keyboard. */}
      <div
        className="map-scroll"
        tabIndex={reports.length ? 0 : -1}
        role="region"
        aria-label={t('map.report.list')}
      >
        <ol className="map-report__list">
          {reports.map((r, i) => (
            <li key={`${r.type}-${r.atHour}-${r.placeId}-${i}`}>
              <article className="map-report__item" data-testid={`report-${r.type}-${r.atHour}`}>
                <h4>{heading(t, forces, r, label(r.atHour))}</h4>
                <p className="hint">{t('map.report.rule', { rule: t(`map.report.rule.${r.type}`) })}</p>
                {r.combat && (
                  <CombatDetail
                    record={r.combat}
                    place={forces.places.find((p) => p.id === r.placeId) ?? null}
                  />
                )}
                <p>
                  {r.rolls.length
                    ? t('map.report.dice', { rolls: r.rolls.join(', ') })
                    : t('map.report.noDice')}
                </p>
                <p className="map-report__explanation">
                  <strong>{t('map.report.explanation')}</strong>{' '}
                  {r.words ? adjudicationText(t, r.words) : r.explanation}
                </p>
              </article>
            </li>
          ))}
        </ol>
      </div>
    </section>
  );
}
