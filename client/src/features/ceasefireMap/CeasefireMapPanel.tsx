// The ceasefire map for one view of the exercise: the live one from the store, or a moment under review.
import { useCallback } from 'react';
import type { ExerciseView } from '@council/shared';
import { gameTimeLabel } from '../../format/time';
import { useT } from '../../i18n';
import { selectView, useStore } from '../../store';
import { CeasefireMap } from './CeasefireMap';
import { frontShifts } from './front';

export function CeasefireMapOf({ view }: { readonly view: ExerciseView }) {
  const t = useT();
  const clock = view.clock;
  const timeLabel = useCallback((iso: string) => gameTimeLabel(clock, iso), [clock]);
  const talks = view.negotiation;
  if (!talks?.map) return <p className="hint">{t('ceasefireMap.noMap')}</p>;
  return (
    <CeasefireMap map={talks.map} shifts={frontShifts(talks)} now={clock.gameTime} timeLabel={timeLabel} />
  );
}

/** The live map: the view in the store. */
export function CeasefireMapPanel() {
  const view = useStore(selectView);
  return view ? <CeasefireMapOf view={view} /> : null;
}
