// The political currents' public meters (US retrenchment, burden shifting): injects move them, and
// they move parties' secret priorities, which each party reads in its own dossier.
import type { NegotiationView } from '@council/shared';
import { useT } from '../../i18n';
import { percent } from './names';
import { tx } from '../../i18n/scenarioText';

export function CurrentsMeters({ talks }: { readonly talks: NegotiationView }) {
  const t = useT();
  if (talks.currents.length === 0) return null;
  return (
    <section className="card currents" aria-labelledby="currents-title" data-testid="currents">
      <h3 id="currents-title">{t('negotiation.currents')}</h3>
      {talks.currents.map((c) => (
        <div key={c.id} className="currents__item" data-testid={`current-${c.id}`} data-level={c.level}>
          <label htmlFor={`current-meter-${c.id}`} className="currents__label">
            {tx(c.label)}
          </label>
          <meter id={`current-meter-${c.id}`} min={0} max={1} value={c.level} className="currents__meter" />
          <span className="currents__value">
            {t('negotiation.currents.level', { percent: percent(c.level), start: percent(c.start) })}
          </span>
          {c.description && <p className="currents__description">{tx(c.description)}</p>}
        </div>
      ))}
    </section>
  );
}
