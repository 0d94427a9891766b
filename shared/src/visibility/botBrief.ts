// What a bot needs to choose its next command, from its own seat's point of view only: the commands
// it may send, its own leanings (an ally's dossier, a party's priorities and red lines) and the
// public state of drafts and talks. A headless bot receives exactly this; nothing about other seats.
import { allyOfSeat } from '../council/allies';
import { blockersOf, isLive } from '../council/consensus';
import { dispositionOn } from '../council/disposition';
import type { Position } from '../model/council';
import type { ExerciseStatus, Phase, SeatKind } from '../model/vocabulary';
import type { Command } from '../engine/commands';
import type { ErrorCode } from '../protocol/errors';
import { legalCommands } from '../engine/legal';
import { waitingOn } from '../engine/rules/session/moves';
import type { Draft, ExerciseState } from '../engine/state';
import { effectivePriorities } from '../negotiation/currents';
import { crosses } from '../negotiation/measures';
import { nacConsentOf, pendingNatoItems } from '../negotiation/nato';
import { tendencyOf, type BotTendency } from '../bots/tendencies';

export interface BotDraft {
  readonly id: string;
  readonly itemIds: readonly string[];
  readonly status: Draft['status'];
  /** True while an ally objects or asks for an amendment. */
  readonly blocked: boolean;
  /** The position this seat's delegation gave on this revision, if any. */
  readonly mine: Position | null;
}

export interface BotTalks {
  readonly revision: number;
  readonly clauses: Readonly<Record<string, string>>;
  /** Every issue's options, in the scenario's order. */
  readonly issues: readonly { readonly id: string; readonly options: readonly string[] }[];
  /** The party's own priorities, 0–10, by issue then option, as the currents have moved them. */
  readonly priorities: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** Options that cross one of the party's own red lines, by issue. */
  readonly forbidden: Readonly<Record<string, readonly string[]>>;
  /** The NATO item each option that commits NATO needs, by issue then option: public. */
  readonly natoItems: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** NATO items allies block on a live draft, or blocked until the chair withdrew it: public. */
  readonly natoRefused: readonly string[];
  /** Issues whose clause as drafted needs a NATO item the Council refused: public. */
  readonly natoBlocked: readonly string[];
  /** NATO items the text needs and the Council has not adopted: what a chair tables. Public. */
  readonly natoPending: readonly string[];
}

export interface BotBrief {
  readonly seatId: string;
  readonly kind: SeatKind;
  readonly seq: number;
  readonly status: ExerciseStatus;
  readonly phase: Phase | null;
  readonly turn: number;
  readonly legal: readonly Command[];
  readonly tendency: BotTendency;
  /** True in the decision phase while the seat still owes its moves. */
  readonly owesMoves: boolean;
  readonly drafts: readonly BotDraft[];
  /** An ally's own disposition on each catalogue item (its dossier); empty for other seats. */
  readonly leanings: Readonly<Record<string, number>>;
  /** The talks as the party sees them; null for a seat that is not a party. */
  readonly talks: BotTalks | null;
}

/** The brief for `seatId`, or null for a seat a bot never plays (Control, observers, unknown). */
export function botBrief(state: ExerciseState, seatId: string, now: string): BotBrief | null {
  const seat = state.scenario.seats.find((s) => s.id === seatId);
  if (!seat || seat.kind === 'control' || seat.kind === 'observer') return null;
  const allyId = allyOfSeat(state, seatId);
  const ally = allyId ? state.council.allies[allyId] : undefined;
  const drafts = state.council.draftOrder
    .map((id) => state.council.drafts[id])
    .filter((d): d is Draft => d !== undefined && isLive(d))
    .map((d) => {
      const own = allyId ? d.positions[allyId] : undefined;
      return {
        id: d.id,
        itemIds: d.itemIds,
        status: d.status,
        blocked: blockersOf(state, d).length > 0,
        mine: own?.source === 'delegation' ? own.position : null,
      };
    });
  return {
    seatId,
    kind: seat.kind,
    seq: state.seq,
    status: state.session.status,
    phase: state.session.phase,
    turn: state.clock.turn,
    legal: legalCommands(state, seatId, now),
    tendency: tendencyOf(state.scenario, seatId),
    owesMoves: waitingOn(state).includes(seatId),
    drafts,
    leanings: ally
      ? Object.fromEntries(state.scenario.catalogue.map((item) => [item.id, dispositionOn(ally, item.id)]))
      : {},
    talks: talksOf(state, seatId),
  };
}

function talksOf(state: ExerciseState, seatId: string): BotTalks | null {
  const scenario = state.scenario.negotiation;
  const talks = state.negotiation;
  const party = scenario?.parties.find((p) => p.seat === seatId);
  if (!scenario || !talks || !party) return null;
  const forbidden = Object.fromEntries(
    scenario.issues.map((issue) => [
      issue.id,
      issue.options
        .filter((o) =>
          party.redLines.some((line) => line.issue === issue.id && crosses(scenario, line, o.id)),
        )
        .map((o) => o.id),
    ]),
  );
  const refused = refusedItems(state);
  return {
    revision: talks.revision,
    clauses: talks.clauses,
    issues: scenario.issues.map((i) => ({ id: i.id, options: i.options.map((o) => o.id) })),
    // As the party's own dossier shows them: political currents shift them as injects fire.
    priorities: effectivePriorities(scenario, party, state.injects, state.negotiation?.front),
    forbidden,
    natoItems: Object.fromEntries(
      scenario.issues.flatMap((i) => {
        const nato = i.options.flatMap((o) => (o.natoItem ? [[o.id, o.natoItem]] : []));
        return nato.length > 0 ? [[i.id, Object.fromEntries(nato)]] : [];
      }),
    ),
    natoRefused: refused,
    natoBlocked: scenario.issues
      .filter((i) => {
        const item = nacConsentOf(state, i.id);
        return item !== null && item.status !== 'adopted' && refused.includes(item.itemId);
      })
      .map((i) => i.id),
    natoPending: pendingNatoItems(state),
  };
}

/** NATO items allies block on a live draft, or blocked on a draft the chair then withdrew. */
function refusedItems(state: ExerciseState): string[] {
  const drafts = state.council.draftOrder.flatMap((id) => state.council.drafts[id] ?? []);
  const refused = drafts.filter(
    (d) =>
      (d.status === 'withdrawn' || isLive(d)) &&
      Object.values(d.positions).some((p) => p.position === 'object' || p.position === 'requestAmendment'),
  );
  return [...new Set(refused.flatMap((d) => d.itemIds))].filter((id) => !state.council.agenda[id]?.adoptedAt);
}

/**
 * The reply to the `legal` request: the asking connection's own brief (null for a seat no bot may
 * play: observers), or why there is none (no seat, Control, too many requests).
 */
export type LegalReply =
  | { readonly ok: true; readonly brief: BotBrief | null }
  | { readonly ok: false; readonly code: ErrorCode; readonly message: string };
