// Clauses that commit NATO (ADR 0008): an option may name a catalogue item of the North Atlantic
// Council; a text drafting it is signed only once the Council has adopted a draft carrying the item,
// by consensus or unbroken silence, through the Council's own machinery (ADR 0003).
import { blockersOf, liveDraftWith } from '../council/consensus';
import { chairNow } from '../engine/guards';
import type { ExerciseState } from '../engine/state';
import type { NegotiationScenario } from './schema';
import type { LocalisedText } from '../scenario/text';
import { verbatim } from '../scenario/text';

/** Where the Council stands on the NATO item a clause needs. Public at the table. */
export interface NacConsent {
  readonly itemId: string;
  readonly title: LocalisedText;
  /**
   * adopted: a draft carrying the item was adopted; blocked: allies object or ask for changes on
   * the live draft that carries it; pending: on the table, nobody blocking yet; notTabled: no draft.
   */
  readonly status: 'adopted' | 'pending' | 'blocked' | 'notTabled';
  /** The live draft that carries the item, if any. */
  readonly draftId: string | null;
  /** Allies whose objection or request for changes stops that draft. */
  readonly blockers: readonly { readonly id: string; readonly name: LocalisedText }[];
  /**
   * Who takes the item to the Council (ADR 0019): the chair's seat and whether someone holds it;
   * while nobody does, the request goes to Control, which chairs in its place.
   */
  readonly chair: { readonly seatId: string | null; readonly held: boolean };
}

/** The catalogue item the clause as drafted needs the Council to adopt, if any. */
export function natoItemOf(
  scenario: NegotiationScenario,
  issueId: string,
  optionId: string | undefined,
): string | null {
  if (optionId === undefined) return null;
  const option = scenario.issues.find((i) => i.id === issueId)?.options.find((o) => o.id === optionId);
  return option?.natoItem ?? null;
}

/** The Council's consent to the clause as it now reads; null when it commits NATO to nothing. */
export function nacConsentOf(state: ExerciseState, issueId: string): NacConsent | null {
  const scenario = state.scenario.negotiation;
  const talks = state.negotiation;
  if (!scenario || !talks) return null;
  const itemId = natoItemOf(scenario, issueId, talks.clauses[issueId]);
  if (itemId === null) return null;
  const title = state.scenario.catalogue.find((item) => item.id === itemId)?.title ?? verbatim(itemId);
  const chair = chairNow(state);
  if (state.council.agenda[itemId]?.adoptedAt) {
    return { itemId, title, status: 'adopted', draftId: null, blockers: [], chair };
  }
  const draft = liveDraftWith(state, itemId);
  if (!draft) return { itemId, title, status: 'notTabled', draftId: null, blockers: [], chair };
  const blockers = blockersOf(state, draft).map((id) => ({
    id,
    name: state.council.allies[id]?.name ?? verbatim(id),
  }));
  const status = blockers.length > 0 ? 'blocked' : 'pending';
  return { itemId, title, status, draftId: draft.id, blockers, chair };
}

/** NATO items the text as drafted needs and the Council has not adopted, in the issues' order. */
export function pendingNatoItems(state: ExerciseState): string[] {
  const scenario = state.scenario.negotiation;
  if (!scenario) return [];
  const items = scenario.issues.flatMap((issue) => {
    const consent = nacConsentOf(state, issue.id);
    return consent && consent.status !== 'adopted' ? [consent.itemId] : [];
  });
  return [...new Set(items)];
}
