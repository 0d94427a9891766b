// The allies' defence spending against the Hague path (3.5 % of GDP by 2035): a table with a bar per
// ally, and the two-tier-alliance meter. Public to every seat.
import type { SpendingView } from '@council/shared';
import { selectLocale, useStore } from '../../store';
import { useT } from '../../i18n';
import { percent } from './names';
import { tx } from '../../i18n/scenarioText';

/** The bars' scale, % of GDP: the Hague total (3.5 % core + 1.5 % related). */
const SCALE = 5;

export function SpendingPanel({ spending }: { readonly spending: SpendingView | null }) {
  const t = useT();
  const locale = useStore(selectLocale);
  if (!spending) return null;
  const number = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const pct = (value: number) => t('world.spending.percent', { value: number.format(value) });
  const whole = Math.floor(spending.year);
  const year = spending.year === whole ? String(whole) : t('world.spending.mid', { year: whole });
  return (
    <section
      className="card world-spending"
      aria-labelledby="world-spending-title"
      data-testid="world-spending"
    >
      <h3 id="world-spending-title">{t('world.spending')}</h3>
      <p data-testid="world-spending-intro">
        {t('world.spending.intro', {
          year,
          path: number.format(spending.path),
          target: number.format(spending.target),
          targetYear: spending.targetYear,
        })}
      </p>
      <table className="world-table">
        <thead>
          <tr>
            <th scope="col">{t('world.spending.ally')}</th>
            <th scope="col">{t('world.spending.level')}</th>
            <th scope="col">{t('world.spending.target')}</th>
            <th scope="col">{t('world.spending.status')}</th>
          </tr>
        </thead>
        <tbody>
          {spending.allies.map((ally) => (
            <tr key={ally.id} data-testid={`spending-${ally.id}`} data-on-track={ally.onTrack}>
              <th scope="row">{tx(ally.label)}</th>
              <td>
                <span className="world-bar" aria-hidden="true">
                  <span
                    className={`world-bar__fill${ally.onTrack ? '' : ' world-bar__fill--lagging'}`}
                    style={{ width: `${Math.min(100, (ally.level / SCALE) * 100)}%` }}
                  />
                  <span className="world-bar__path" style={{ left: `${(spending.path / SCALE) * 100}%` }} />
                </span>
                {pct(ally.level)}
              </td>
              <td>{pct(ally.target)}</td>
              <td>{t(ally.onTrack ? 'world.spending.onTrack' : 'world.spending.lagging')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="currents__item" data-testid="world-two-tier" data-level={spending.twoTier}>
        <label htmlFor="world-two-tier-meter" className="currents__label">
          {t('world.twoTier')}
        </label>
        <meter
          id="world-two-tier-meter"
          min={0}
          max={1}
          value={spending.twoTier}
          className="currents__meter"
        />
        <span className="currents__value">
          {t('world.twoTier.value', { percent: percent(spending.twoTier) })}
        </span>
      </div>
    </section>
  );
}
