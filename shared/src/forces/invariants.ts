// Checks that must hold in every reachable forces state; used by property tests and fuzzing.
import { networkOf } from './network';
import type { ForcesState } from './state';

export function invariantViolations(state: ForcesState): string[] {
  const net = networkOf(state.scenario);
  const out: string[] = [];
  const maxBn = Math.max(...Object.values(state.units).map((u) => u.battalions));
  for (const u of Object.values(state.units)) {
    if (!(u.strength >= 0 && u.strength <= 100)) out.push(`${u.id}: strength ${u.strength}`);
    if (u.readiness === 'destroyed' && u.strength !== 0)
      out.push(`${u.id}: destroyed with strength ${u.strength}`);
    const loc = u.location;
    if (loc.kind === 'at') {
      if (!net.places.has(loc.placeId)) out.push(`${u.id}: at unknown place ${loc.placeId}`);
    } else {
      const leg = net.legs.get(loc.legId);
      if (!leg) out.push(`${u.id}: on unknown leg ${loc.legId}`);
      else if (!(
        (leg.from === loc.from && leg.to === loc.to) ||
        (leg.from === loc.to && leg.to === loc.from)
      )) {
        out.push(`${u.id}: leg ${loc.legId} does not join ${loc.from} and ${loc.to}`);
      }
      if (loc.arrivesAt < loc.departedAt) out.push(`${u.id}: arrives before it departs`);
      if (loc.arrivesAt <= state.hour)
        out.push(`${u.id}: should have arrived at ${loc.to} by hour ${state.hour}`);
    }
    if (u.order && u.order.legs.length && u.location.kind === 'at') {
      const first = net.legs.get(u.order.legs[0]!);
      if (!first || (first.from !== u.location.placeId && first.to !== u.location.placeId)) {
        out.push(`${u.id}: next leg ${u.order.legs[0]} does not start at ${u.location.placeId}`);
      }
    }
  }
  for (const [legId, use] of Object.entries(state.legUse)) {
    const cap = net.legs.get(legId)?.capacityPerDay ?? 0;
    if (use.used > Math.max(cap, maxBn))
      out.push(`leg ${legId}: ${use.used} over capacity ${cap} on day ${use.day}`);
  }
  for (const [placeId, use] of Object.entries(state.reception)) {
    const cap = net.places.get(placeId)?.nfiu?.receptionPerDay ?? 0;
    if (use.used > Math.max(cap, maxBn))
      out.push(`NFIU ${placeId}: ${use.used} over ${cap} on day ${use.day}`);
  }
  if (state.rng.length !== 4 || state.rng.some((n) => !Number.isInteger(n) || n < 0 || n > 0xffffffff))
    out.push('rng state corrupt');
  return out;
}
