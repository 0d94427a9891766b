// Names for ids in the council view: allies, catalogue items, seats.
import type { CouncilView, ExerciseView } from '@council/shared';
import { tx } from '../../i18n/scenarioText';

export const allyName = (council: CouncilView, id: string): string =>
  tx(council.allies.find((a) => a.id === id)?.name) || id;

export const itemTitle = (council: CouncilView, id: string): string =>
  tx(council.catalogue.find((i) => i.id === id)?.title) || id;

export const seatLabel = (view: ExerciseView, id: string): string =>
  tx(view.seats.find((s) => s.id === id)?.label) || id;

/** "+3", "−0.2" (a real minus sign, read correctly by screen readers). */
export const signed = (n: number): string => (n > 0 ? `+${n}` : n < 0 ? `−${Math.abs(n)}` : '±0');
