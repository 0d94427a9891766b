// A nation the scenario names by its ISO code (a place's country, a unit's owner) is shown by its
// name in the reader's language: the label of the seat that plays it, else the ally's name, else the
// scenario's `nations` list, which names those neither seated nor allied (Russia, Belarus…).
import { z } from 'zod';
import { iso3 } from './common';
import { localisedText, type LocalisedText } from './text';

export const NationSchema = z.object({ code: iso3, name: localisedText(80) });

export type NationDefinition = z.infer<typeof NationSchema>;

interface Naming {
  readonly seats: readonly { readonly nation?: string | undefined; readonly label: LocalisedText }[];
  readonly allies?: readonly { readonly nation: string; readonly name: LocalisedText }[];
  readonly nations?: readonly NationDefinition[] | undefined;
}

/** The nation's name in every language, or null when the scenario does not name it. */
export function nationText(scenario: Naming, code: string): LocalisedText | null {
  return (
    scenario.seats.find((s) => s.nation === code)?.label ??
    scenario.allies?.find((a) => a.nation === code)?.name ??
    scenario.nations?.find((n) => n.code === code)?.name ??
    null
  );
}

/** The nation's name in every language; its code only for an older scenario that does not name it. */
export function nationName(scenario: Naming, code: string): LocalisedText | string {
  return nationText(scenario, code) ?? code;
}

interface Coded extends Naming {
  readonly forces?: {
    readonly places: readonly { readonly country: string }[];
    readonly units: readonly { readonly owner: string }[];
  };
  readonly negotiation?: {
    readonly reassurance?: {
      readonly places: readonly { readonly country: string }[];
      readonly units: readonly { readonly owner?: string | undefined }[];
    };
  };
}

/**
 * The nation codes a player may read (a place's country, a unit's owner) that the scenario does not
 * name. Not a load error, so that older logs and archives still open (their nations by code); the
 * scenario files' audit requires none.
 */
export function unnamedNations(scenario: Coded): string[] {
  const codes = [
    ...(scenario.forces?.places.map((p) => p.country) ?? []),
    ...(scenario.forces?.units.map((u) => u.owner) ?? []),
    ...(scenario.negotiation?.reassurance?.places.map((p) => p.country) ?? []),
    ...(scenario.negotiation?.reassurance?.units.flatMap((u) => (u.owner ? [u.owner] : [])) ?? []),
  ];
  return [...new Set(codes)].filter((code) => nationText(scenario, code) === null).sort();
}
