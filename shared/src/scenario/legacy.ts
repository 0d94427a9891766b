// Scenarios stored before ADR 0029 wrote player-visible texts in English only. Logs and archives keep
// the scenario they were created with, so a stored English text is read as that text in every language.
import { verbatim } from './text';

/** Where the schema asks for a localised text: `[]` any array index, `*` any record key. */
export const LOCALISED_PATHS: readonly string[] = [
  'title',
  'summary',
  'situation',
  'seats[].label',
  'seats[].description',
  'allies[].name',
  'nations[].name',
  'allies[].secret.redLines[]',
  'allies[].secret.intelligence',
  'allies[].secret.domesticState',
  'catalogue[].title',
  'catalogue[].text',
  'injects[].title',
  'injects[].text',
  'bots.kinds.*.lines[]',
  'bots.seats.*.lines[]',
  'forces.variants[].label',
  'forces.variants[].description',
  'forces.places[].name',
  'forces.units[].name',
  'forces.redPlan.axes[].name',
  'forces.redPlan.escalation[].note',
  'negotiation.issues[].title',
  'negotiation.issues[].description',
  'negotiation.issues[].options[].label',
  'negotiation.issues[].options[].text',
  'negotiation.parties[].redLines[].note',
  'negotiation.parties[].brief',
  'negotiation.tracks[].name',
  'negotiation.tracks[].note',
  'negotiation.currents[].label',
  'negotiation.currents[].description',
  'negotiation.front.sectors[].label',
  'negotiation.front.leverage.label',
  'negotiation.spending.allies[].label',
  'negotiation.lineOfContact.asOf',
  'negotiation.lineOfContact.sectors[].name',
  'negotiation.reassurance.places[].name',
  'negotiation.reassurance.units[].name',
  'responsePlans.destinations[].note',
  'responsePlans.plans[].label',
  'responsePlans.plans[].description',
  'assumptions[].label',
  'assumptions[].description',
  'assumptions[].choices[].label',
  'clocks[].label',
];

const LOCALISED = new Set(LOCALISED_PATHS);

function upgrade(value: unknown, path: string): unknown {
  if (typeof value === 'string') {
    if (!LOCALISED.has(path)) return value;
    // An empty English text stood for "none" where the field was optional.
    return value === '' ? undefined : verbatim(value);
  }
  if (Array.isArray(value)) return value.map((v) => upgrade(v, `${path}[]`));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    const keyPath = /^bots\.(kinds|seats)$/.test(path) ? `${path}.*` : path ? `${path}.${key}` : key;
    const upgraded = upgrade(v, keyPath);
    if (upgraded !== undefined) out[key] = upgraded;
  }
  return out;
}

/** The scenario with every English-only text of an older release read as the same text in every language. */
export function upgradeLegacyTexts<T>(scenario: T): T {
  return upgrade(scenario, '') as T;
}
