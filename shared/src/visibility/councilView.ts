// The Council as a viewer may see it: agenda, drafts and positions; dice and review times for Control only.
import { isAutomated, isPlayable } from '../council/allies';
import { blockersOf, liveDraftWith } from '../council/consensus';
import type { AdoptionRoute, DraftStatus, Position, PositionSource } from '../model/council';
import type { Effect } from '../scenario/effects';
import { addHours, isBefore } from '../time/gameTime';
import type { AgendaItem, Draft, ExerciseState, PositionRoll } from '../engine/state';
import { KEEP_NOTHING, type Keep } from './reuse';
import type { Audience } from './audience';
import type { PositionPhrase } from '../council/phrases';
import { chairNow, notChair } from '../engine/guards';
import type { LocalisedText, Wording } from '../scenario/text';
import { verbatim } from '../scenario/text';

export interface CouncilAllyView {
  readonly id: string;
  readonly name: LocalisedText;
  readonly nation: string;
  /** A player may take this delegation. */
  readonly playable: boolean;
  /** Nobody holds the seat now: the capital model speaks for the ally. */
  readonly automated: boolean;
}

export interface CatalogueItemView {
  readonly id: string;
  readonly title: LocalisedText;
  readonly text: LocalisedText;
  readonly effects: readonly Effect[];
  readonly public: boolean;
  readonly agenda: AgendaItem | null;
  /** The live draft the item sits on, if any. */
  readonly draftId: string | null;
}

export interface DraftAllyView {
  readonly allyId: string;
  /** Instructions pending, instructed but silent so far, or a position taken. */
  readonly status: 'awaitingInstructions' | 'instructed' | 'positioned';
  readonly position: {
    readonly position: Position;
    readonly text: string | null;
    /** A stand worded by the rules (a capital's, a bot's): the reader's client words it (ADR 0019). */
    readonly phrase: PositionPhrase | null;
    readonly at: string;
    readonly source: PositionSource;
  } | null;
  /** Only for the viewer's own delegation and for Control. */
  readonly instructionsAt?: string;
  /** Control only: when a capital nobody plays reviews a blocking stand, and its dice. */
  readonly reviewAt?: string | null;
  readonly roll?: PositionRoll | null;
}

export interface DraftView {
  readonly id: string;
  readonly revision: number;
  readonly supersedes: string | null;
  readonly itemIds: readonly string[];
  readonly text: Wording;
  readonly status: DraftStatus;
  readonly tabledAt: string;
  readonly silenceDeadline: string | null;
  readonly adoptedAt: string | null;
  readonly adoptedVia: AdoptionRoute | null;
  readonly accommodates: readonly string[];
  readonly blockers: readonly string[];
  readonly allies: readonly DraftAllyView[];
}

export interface CouncilView {
  readonly allies: readonly CouncilAllyView[];
  readonly catalogue: readonly CatalogueItemView[];
  /** Newest first. */
  readonly drafts: readonly DraftView[];
  readonly chair: ChairView;
  /** The ally the reader speaks for (an ally's delegation, or a party at talks that is an ally); null otherwise. */
  readonly youAlly: string | null;
}

/** Who chairs the Council now (ADR 0019), worked out by the rule that refuses the chair's commands. */
export interface ChairView {
  /** The chair's seat (the Secretary General's, or the party chairing at talks); null without one. */
  readonly seatId: string | null;
  /** Whether a person or a bot holds it: Control chairs only while it is free. */
  readonly held: boolean;
  /** Whether the reader may table, amend, silence and withdraw drafts now. */
  readonly youChair: boolean;
}

export function councilView(
  state: ExerciseState,
  audience: Audience,
  keep: Keep = KEEP_NOTHING,
): CouncilView {
  // What every viewer of one state sees alike: a keeper builds it once and shares it between views.
  const { allies, catalogue } = keep([state], 'councilShared', () => sharedParts(state));
  return {
    allies,
    catalogue,
    drafts: draftViews(state, audience),
    chair: chairView(state, audience),
    youAlly: audience.allyId,
  };
}

function chairView(state: ExerciseState, audience: Audience): ChairView {
  return {
    ...chairNow(state),
    youChair: notChair(state, { seatId: audience.seatId, isControl: audience.isControl }) === null,
  };
}

function sharedParts(state: ExerciseState): Pick<CouncilView, 'allies' | 'catalogue'> {
  const { council } = state;
  return {
    allies: council.allyOrder.map((id) => {
      const ally = council.allies[id];
      return {
        id,
        name: ally?.name ?? verbatim(id),
        nation: ally?.nation ?? '',
        playable: isPlayable(state, id),
        automated: isAutomated(state, id),
      };
    }),
    catalogue: state.scenario.catalogue.map((item) => ({
      id: item.id,
      title: item.title,
      text: item.text,
      effects: item.effects,
      public: item.public,
      agenda: council.agenda[item.id] ?? null,
      draftId: liveDraftWith(state, item.id)?.id ?? null,
    })),
  };
}

function draftViews(state: ExerciseState, audience: Audience): DraftView[] {
  const { council } = state;
  return [...council.draftOrder]
    .reverse()
    .map((id) => council.drafts[id])
    .filter((d): d is Draft => d !== undefined)
    .map((d) => draftView(state, d, audience));
}

function draftView(state: ExerciseState, draft: Draft, audience: Audience): DraftView {
  const { positions: _positions, instructionsAt: _instructions, ...rest } = draft;
  // While a turn is played its moves cover the whole window, so instructions due in it count.
  const { phase } = state.session;
  const playing = phase === 'situation' || phase === 'consultation' || phase === 'decision';
  const horizon = playing ? addHours(state.clock.time, state.clock.stepHours) : state.clock.time;
  return {
    ...rest,
    blockers: blockersOf(state, draft),
    allies: state.council.allyOrder.map((allyId) => {
      const p = draft.positions[allyId];
      const due = draft.instructionsAt[allyId];
      const status = p
        ? 'positioned'
        : due && !isBefore(due, horizon)
          ? 'awaitingInstructions'
          : 'instructed';
      const own = audience.isControl || audience.allyId === allyId;
      return {
        allyId,
        status,
        position: p
          ? { position: p.position, text: p.text, phrase: p.phrase ?? null, at: p.at, source: p.source }
          : null,
        ...(own && due ? { instructionsAt: due } : {}),
        ...(audience.isControl ? { reviewAt: p?.reviewAt ?? null, roll: p?.roll ?? null } : {}),
      };
    }),
  };
}
