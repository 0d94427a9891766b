// Selectors: atomic ones read one field; derived values are computed here, never stored.
import { useMemo } from 'react';
import {
  SEAT_KINDS,
  type ExerciseView,
  type LocalisedText,
  type SeatKind,
  type SeatView,
} from '@council/shared';
import type { Store } from './store';
import { useStore } from './store';

export const selectLocale = (s: Store) => s.locale;
export const selectRoute = (s: Store) => s.route;
export const selectView = (s: Store) => s.view;
export const selectConnection = (s: Store) => s.connection;
export const selectIsControl = (s: Store) => s.view?.you.isControl ?? false;
/**
 * Whether to offer the lead's own actions (end, roll back, fork, keys): to Control unless the server
 * said this connection is an assistant's. The server refuses them to assistants regardless.
 */
export const selectIsLeadControl = (s: Store) =>
  (s.view?.you.isControl ?? false) && s.controlRole !== 'assistant';
export const selectMySeatId = (s: Store) => s.view?.you.seatId ?? null;
export const selectSeats = (s: Store) => s.view?.seats;
export const selectIsLive = (s: Store) => s.connection === 'connected';

/** Order in which seat groups appear: the chair and the military first, then the allies. */
export const GROUP_ORDER: readonly SeatKind[] = [
  'control',
  'secretaryGeneral',
  'saceur',
  'ally',
  'party',
  'red',
  'observer',
];

export interface SeatGroup {
  readonly kind: SeatKind;
  readonly seats: readonly SeatView[];
}

export function groupSeats(seats: readonly SeatView[] | undefined): SeatGroup[] {
  if (!seats) return [];
  // Kinds a newer server adds still show, after the known ones.
  const order = [...GROUP_ORDER, ...SEAT_KINDS.filter((k) => !GROUP_ORDER.includes(k))];
  return order
    .map((kind) => ({ kind, seats: seats.filter((seat) => seat.kind === kind) }))
    .filter((group) => group.seats.length > 0);
}

export function mySeat(view: ExerciseView | null): SeatView | null {
  const id = view?.you.seatId;
  return id ? (view?.seats.find((s) => s.id === id) ?? null) : null;
}

export const selectMySeat = (s: Store) => mySeat(s.view);

/**
 * What an error message about a seat may name: its label and, if the view knows one, its holder.
 * Read at render time, so "held by …" fills in once the view that explains a refusal arrives.
 */
export function seatMessageParams(
  view: ExerciseView | null,
  seatId: string,
): Record<string, string | LocalisedText> {
  const seat = view?.seats.find((s) => s.id === seatId);
  const params: Record<string, string | LocalisedText> = { seat: seat?.label ?? seatId };
  if (seat?.holder) params.name = seat.holder.displayName;
  if (view) params.code = view.code;
  return params;
}

export function useSeatGroups(): SeatGroup[] {
  const seats = useStore(selectSeats);
  return useMemo(() => groupSeats(seats), [seats]);
}
