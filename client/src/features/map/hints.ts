// Fields a view may carry for the seat's own units beyond UnitView (staging port, notice to move,
// prepositioned kit); read when present, so the predicted arrival sharpens when the server sends them.
import type { UnitView } from './types';

export interface UnitHints {
  readonly stagingPlace: string | null | undefined;
  readonly noticeToMoveHours: readonly [number, number] | null | undefined;
  readonly prepositionedAt: string | null | undefined;
}

export function hints(unit: UnitView): UnitHints {
  const u = unit as UnitView & Partial<UnitHints>;
  return {
    stagingPlace: u.stagingPlace,
    noticeToMoveHours: u.noticeToMoveHours,
    prepositionedAt: u.prepositionedAt,
  };
}
