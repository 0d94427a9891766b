// The front's shift by sector, from the public negotiation view (0 where the view carries none).
import type { NegotiationView } from '@council/shared';

/** Km each sector has moved since the start (positive: the attacker advanced), by sector id. */
export function frontShifts(talks: NegotiationView): Readonly<Record<string, number>> {
  const sectors = talks.front?.sectors ?? {};
  return Object.fromEntries(Object.entries(sectors).map(([id, s]) => [id, s.shiftKm]));
}

/** "+12 km", "−3 km", "0 km": the shift as people read it, rounded to the km. */
export function shiftText(km: number): string {
  const r = Math.round(km);
  return r > 0 ? `+${r}` : r < 0 ? `−${-r}` : '0';
}
