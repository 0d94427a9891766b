// The review's "assumptions in force" (ADR 0027): the register's values this exercise ran under, as
// Control set them when creating it (the defaults for a log written before it could).
import { assumptionsInForce, type GameEvent } from '@council/shared';
import { useT } from '../../i18n';
import { selectLocale, useStore } from '../../store';

export function AssumptionsInForce({ events }: { readonly events: readonly GameEvent[] }) {
  const t = useT();
  const locale = useStore(selectLocale);
  const first = events[0];
  if (first?.type !== 'exerciseCreated') return null;
  const register = first.scenario.assumptions ?? [];
  if (!register.length) return null;
  const values = assumptionsInForce(register, first.assumptions);
  const text = (b: { en: string; fr: string }) => (locale === 'fr' ? b.fr : b.en);
  const shown = (key: string, v: string | number) => {
    const a = register.find((x) => x.key === key);
    const choice = a?.kind === 'choice' ? a.choices.find((c) => c.id === v) : undefined;
    return choice ? text(choice.label) : `${v}${a?.kind === 'number' && a.unit ? ` ${a.unit}` : ''}`;
  };
  return (
    <section aria-labelledby="assumptions-title" data-testid="review-assumptions">
      <h3 id="assumptions-title">{t('review.assumptions')}</h3>
      <p className="hint">{t('review.assumptionsHint')}</p>
      <table className="review__decisions">
        <thead>
          <tr>
            <th scope="col">{t('review.assumptionCol')}</th>
            <th scope="col">{t('review.assumptionValue')}</th>
            <th scope="col">{t('review.assumptionDefault')}</th>
            <th scope="col">{t('review.assumptionSource')}</th>
          </tr>
        </thead>
        <tbody>
          {register.map((a) => {
            const value = values[a.key];
            const changed = value !== a.default;
            return (
              <tr key={a.key} data-changed={changed ? 'yes' : 'no'}>
                <th scope="row">{text(a.label)}</th>
                <td>{changed ? <strong>{shown(a.key, value)}</strong> : shown(a.key, value)}</td>
                <td>{shown(a.key, a.default)}</td>
                <td>{a.source.join(', ')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
