// Who may see what: the visibility rules every view is built from (documented in docs/decisions/0003).
import type { SeatKind } from '../model/vocabulary';
import type { Inject } from '../scenario/injects';
import type { Actor, ExerciseState } from '../engine/state';

/** Seats that sit on or beside the Council see its business: agenda, drafts, positions. */
const COUNCIL_KINDS: readonly SeatKind[] = ['secretaryGeneral', 'ally', 'saceur', 'observer'];

export interface Audience {
  readonly isControl: boolean;
  readonly seatId: string | null;
  readonly kind: SeatKind | null;
  /** The ally this viewer speaks for, whose secrets it may read. */
  readonly allyId: string | null;
  readonly seesCouncil: boolean;
}

export function audienceOf(state: ExerciseState, viewer: Actor): Audience {
  const seat = state.scenario.seats.find((s) => s.id === viewer.seatId);
  const kind = seat?.kind ?? null;
  // A party at ceasefire talks that is also an ally, or chairs the Council, sits on it (ADR 0008).
  const speaksForAlly = kind === 'ally' || kind === 'party';
  const allyId = speaksForAlly && seat && state.council.allies[seat.id] ? seat.id : null;
  const chairs = seat !== undefined && seat.id === state.scenario.negotiation?.nato?.chair;
  return {
    isControl: viewer.isControl,
    seatId: seat?.id ?? null,
    kind,
    allyId,
    seesCouncil:
      viewer.isControl || (kind !== null && COUNCIL_KINDS.includes(kind)) || allyId !== null || chairs,
  };
}

export function seesInject(audience: Audience, inject: Inject): boolean {
  if (audience.isControl || inject.audience === 'public') return true;
  return audience.seatId !== null && inject.audience.includes(audience.seatId);
}
