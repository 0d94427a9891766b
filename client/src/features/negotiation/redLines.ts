// Which red lines an option crosses, as far as the reader knows: its own dossier's, or, for Control,
// every party's. A party's view carries no other party's red lines, so nothing else can show here.
import type { NegotiationDossier, NegotiationView } from '@council/shared';

/** The dossiers the reader holds: its own party's, or every one for Control. */
export const readableDossiers = (talks: NegotiationView): readonly NegotiationDossier[] =>
  talks.own ? [talks.own] : talks.dossiers;

/** Seats of the readable dossiers whose red lines drafting `optionId` on `issueId` would cross. */
export function crossedBy(talks: NegotiationView, issueId: string, optionId: string | null): string[] {
  if (optionId === null) return [];
  return readableDossiers(talks)
    .filter((d) => d.redLineOptions[issueId]?.includes(optionId))
    .map((d) => d.seat);
}
