// The map and command post: the forces panel the exercise screen renders. Loaded on first use, so
// the base map (Natural Earth 50 m), milsymbol and d3-geo stay out of the main bundle.
import { lazy, Suspense } from 'react';
import { useT } from '../../i18n';

const Panel = lazy(() => import('./ForcesPanel').then((m) => ({ default: m.ForcesPanel })));

export function ForcesPanel() {
  const t = useT();
  return (
    <Suspense
      fallback={
        <section data-testid="forces-panel" aria-busy="true">
          <p className="hint">{t('app.loading')}</p>
        </section>
      }
    >
      <Panel />
    </Suspense>
  );
}
