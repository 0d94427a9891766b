// The map tab: the ceasefire map for a scenario with a line of contact, the forces panel otherwise.
// Loaded on first use, like the forces panel, so the base map and milsymbol stay out of the main bundle.
import { lazy, Suspense } from 'react';
import type { ExerciseView } from '@council/shared';
import { useT } from '../../i18n';
import { useStore } from '../../store';
import { ForcesPanel } from '../map';

const Panel = lazy(() => import('./CeasefireMapPanel').then((m) => ({ default: m.CeasefireMapPanel })));
const OfView = lazy(() => import('./CeasefireMapPanel').then((m) => ({ default: m.CeasefireMapOf })));

function Loading() {
  const t = useT();
  return (
    <section data-testid="ceasefire-map" aria-busy="true">
      <p className="hint">{t('app.loading')}</p>
    </section>
  );
}

export function MapTab() {
  const hasLine = useStore((s) => Boolean(s.view?.negotiation?.map));
  if (!hasLine) return <ForcesPanel />;
  return (
    <Suspense fallback={<Loading />}>
      <Panel />
    </Suspense>
  );
}

/** The ceasefire map of a given view (a moment under review). */
export function CeasefireMapOfView({ view }: { readonly view: ExerciseView }) {
  return (
    <Suspense fallback={<Loading />}>
      <OfView view={view} />
    </Suspense>
  );
}
