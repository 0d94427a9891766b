// The situation: the opening brief, injects as they arrive, decisions made public, the measures,
// and (for an ally) its own confidential brief.
import type { Measure } from '@council/shared';
import { gameTimeLabel } from '../../format/time';
import { useT, type MessageKey } from '../../i18n';
import { selectView, useStore } from '../../store';
import { OwnBrief } from './OwnBrief';
import { kahnRungName } from '../map/rungName';
import { tx } from '../../i18n/scenarioText';

export function SituationPanel() {
  const t = useT();
  const view = useStore(selectView);
  if (!view) return null;
  const fired = view.injects.filter((i) => i.fired).reverse();
  const measures = Object.entries(view.measures) as [Measure, number][];
  return (
    <div className="situation" data-testid="situation-panel">
      <div className="situation__main">
        <section className="card" aria-labelledby="situation-title">
          <h2 id="situation-title">{t('situation.title')}</h2>
          <p className="situation__text" data-testid="situation-text">
            {view.situation ? tx(view.situation) : t('situation.notYet')}
          </p>
        </section>
        {view.broadcasts.length > 0 && (
          <section className="card" aria-labelledby="broadcasts-title" data-testid="broadcasts">
            <h2 id="broadcasts-title">{t('situation.broadcasts')}</h2>
            <ol className="news" reversed>
              {[...view.broadcasts].reverse().map((b) => (
                <li key={b.id} className="news__item" data-testid={`broadcast-${b.id}`}>
                  <p className="news__meta">
                    {t('situation.injectMeta', { turn: b.turn, time: gameTimeLabel(view.clock, b.gameTime) })}
                  </p>
                  <p>{b.text}</p>
                </li>
              ))}
            </ol>
          </section>
        )}
        <section className="card" aria-labelledby="injects-title">
          <h2 id="injects-title">{t('situation.injects', { count: fired.length })}</h2>
          {fired.length === 0 ? (
            <p>{t('situation.noInjects')}</p>
          ) : (
            <ol className="news" reversed>
              {fired.map((inject) => (
                <li key={inject.id} className="news__item" data-testid={`news-${inject.id}`}>
                  <p className="news__meta">
                    {t('situation.injectMeta', {
                      turn: inject.turn,
                      time: inject.gameTime ? gameTimeLabel(view.clock, inject.gameTime) : '—',
                    })}
                  </p>
                  <h3 className="news__title">{tx(inject.title)}</h3>
                  <p>{tx(inject.text)}</p>
                </li>
              ))}
            </ol>
          )}
        </section>
      </div>
      <div className="situation__side">
        {view.own && <OwnBrief dossier={view.own} />}
        <section className="card" aria-labelledby="measures-title">
          <h2 id="measures-title">{t('situation.measures')}</h2>
          <dl className="measures">
            {measures.map(([m, value]) => (
              <div key={m} className="measures__row" data-testid={`measure-${m}`}>
                <dt>{t(`measure.${m}` as MessageKey)}</dt>
                <dd>{m === 'escalationRung' ? kahnRungName(t, value) : Math.round(value * 10) / 10}</dd>
              </div>
            ))}
          </dl>
        </section>
        <section className="card" aria-labelledby="decisions-title">
          <h2 id="decisions-title">{t('situation.decisions')}</h2>
          {view.picture.decisions.length === 0 ? (
            <p>{t('situation.noDecisions')}</p>
          ) : (
            <ul className="decisions">
              {view.picture.decisions.map((d) => (
                <li key={d.itemId}>
                  <strong>{tx(d.title)}</strong> · {gameTimeLabel(view.clock, d.adoptedAt)}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </div>
  );
}
