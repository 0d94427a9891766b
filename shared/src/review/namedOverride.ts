// An override in words: what Control set aside and what it set, named as the scenario names it.
import type { OverrideTarget } from '../control/commands';
import { words, type EventNames } from './eventNames';

/** What an override set aside and what it set, named as the scenario names it. */
export function namedOverride(
  target: OverrideTarget,
  previous: number | string | null,
  names: EventNames,
): string {
  const was = previous === null ? 'none' : String(previous);
  const name = (id: string) => names.of(id) ?? id;
  switch (target.kind) {
    case 'measure':
      return `${words(target.measure)}: ${was} → ${target.value}`;
    case 'position':
      return `${name(target.allyId)} on ${names.draft(target.draftId)}: ${words(was)} → ${words(target.position)}`;
    case 'unitStrength':
      return `${name(target.unitId)} strength: ${was} → ${target.strength}`;
    case 'placeControl':
      return `${name(target.placeId)} held by: ${was} → ${target.side}`;
  }
}
