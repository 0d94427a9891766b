// The one place that decides what a seat may see: every byte a client receives is built here.
import type { SeatKind } from '../model/vocabulary';
import type { Actor, ExerciseState } from '../engine/state';

/** Who is connected right now: kept by the server, not in the log. */
export interface Presence {
  readonly connectedSeats: ReadonlySet<string>;
  readonly controlConnections: number;
}

export interface SeatView {
  readonly id: string;
  readonly kind: SeatKind;
  readonly label: string;
  readonly nation: string | null;
  readonly description: string | null;
  readonly holder: { readonly displayName: string } | null;
  readonly connected: boolean;
}

export interface ExerciseView {
  readonly exerciseId: string;
  readonly code: string;
  readonly title: string;
  readonly scenario: { readonly id: string; readonly title: string; readonly summary: string };
  readonly seats: readonly SeatView[];
  readonly controlConnections: number;
  readonly you: { readonly seatId: string | null; readonly isControl: boolean };
  readonly seq: number;
}

export function viewFor(state: ExerciseState, viewer: Actor, presence: Presence): ExerciseView {
  return {
    exerciseId: state.exerciseId,
    code: state.code,
    title: state.title,
    scenario: {
      id: state.scenario.id,
      title: state.scenario.title,
      summary: state.scenario.summary,
    },
    seats: state.scenario.seats.map((seat) => {
      const holder = state.seats[seat.id];
      return {
        id: seat.id,
        kind: seat.kind,
        label: seat.label,
        nation: seat.nation ?? null,
        description: seat.description ?? null,
        // Only the display name leaves the server: the token hash stays here.
        holder: holder ? { displayName: holder.displayName } : null,
        connected:
          seat.kind === 'control'
            ? presence.controlConnections > 0
            : presence.connectedSeats.has(seat.id),
      };
    }),
    controlConnections: presence.controlConnections,
    you: { seatId: viewer.seatId, isControl: viewer.isControl },
    seq: state.seq,
  };
}
