// The one place that decides what a seat may see: every byte a client receives is built here.
import type { Flag, Measure } from '../model/effects';
import type { ExerciseStatus, Phase, SeatKind } from '../model/vocabulary';
import type { Audience as InjectAudience } from '../scenario/injects';
import { waitingOn } from '../engine/rules/session/moves';
import type { Actor, ExerciseState, RepairNeeded } from '../engine/state';
import { formatGameTime } from '../time/gameTime';
import { audienceOf, seesInject, type Audience } from './audience';
import { channelsView, type ChannelsView } from './channelsView';
import { councilView, type CouncilView } from './councilView';
import {
  forcesPictureFor,
  forcesProjectionFor,
  type ForcesPicture,
  type ForcesProjectionView,
} from './forcesView';
import { allDossiers, ownDossier, type AllyDossier } from './secretsView';
import { negotiationView, type NegotiationView } from '../negotiation/view';
import {
  adHocInjectViews,
  broadcastViews,
  controlRoomView,
  type BroadcastView,
  type ControlMemberView,
  type ControlRoomView,
} from '../control/view';
import { FRESH, viewerKey, type SectionMemo } from './viewMemo';
import { reviewView, type ReviewView } from './reviewView';

export type * from './councilView';
export type * from './channelsView';
export type * from './forcesView';
export type { AllyDossier } from './secretsView';
export type * from '../negotiation/view';
export type * from '../control/view';
export type * from './reviewView';

/** Who is connected right now: kept by the server, not in the log. */
export interface Presence {
  readonly connectedSeats: ReadonlySet<string>;
  readonly controlConnections: number;
  /** The Control team in the room, by name and role (control/view). */
  readonly controlTeam?: readonly ControlMemberView[];
  /** Wall time each seat last had a command accepted. */
  readonly lastActedAt?: ReadonlyMap<string, string>;
}

export interface SeatView {
  readonly id: string;
  readonly kind: SeatKind;
  readonly label: string;
  readonly nation: string | null;
  readonly description: string | null;
  readonly holder: { readonly displayName: string; readonly bot?: true } | null;
  readonly connected: boolean;
}

export interface ClockView {
  readonly status: ExerciseStatus;
  readonly phase: Phase | null;
  readonly turn: number;
  readonly gameTime: string;
  /** "D+1 18:00" */
  readonly gameTimeLabel: string;
  readonly stepHours: number;
  readonly phaseEndsAt: string | null;
  readonly remainingSeconds: number | null;
  readonly hotwash: boolean;
  /** Present while the exercise is paused for repair: a stored event could not be applied (ADR 0016). */
  readonly underRepair?: true;
}

export interface InjectView {
  readonly id: string;
  readonly title: string;
  readonly text: string;
  readonly turn: number;
  readonly gameTime: string | null;
  readonly fired: boolean;
  /** Control only: who the inject is for. */
  readonly audience?: InjectAudience;
  /** Written by Control during play rather than taken from the master events list. */
  readonly adHoc?: boolean;
}

/** What everyone may know: decisions the alliance announced, and how high the crisis has climbed. */
export interface PublicPicture {
  readonly decisions: readonly {
    readonly itemId: string;
    readonly title: string;
    readonly adoptedAt: string;
  }[];
  readonly escalationRung: number;
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
  readonly clock: ClockView;
  /** Control only, while paused for repair: the first stored event that could not be applied. */
  readonly repair?: RepairNeeded;
  /** Seats a person holds that still owe their moves in the decision phase. */
  readonly waitingOn: readonly string[];
  /** The opening situation, once the exercise has started. */
  readonly situation: string | null;
  readonly picture: PublicPicture;
  readonly injects: readonly InjectView[];
  /** Null for seats that do not sit on the Council (Red, parties, the lobby). */
  readonly council: CouncilView | null;
  readonly measures: Readonly<Partial<Record<Measure, number>>>;
  readonly flags: Readonly<Record<Flag, boolean>> | null;
  /** An ally seat's own secrets and domestic profile. */
  readonly own: AllyDossier | null;
  /** Control only: every ally's secrets and profile. */
  readonly dossiers: readonly AllyDossier[];
  /** Channels the viewer may read: Control every one, a seat its own, observers as allowed. */
  readonly channels: ChannelsView;
  /** The map: Control sees all, Red its side, Council seats the alliance's; null without forces. */
  readonly forces: ForcesPicture | null;
  /** The viewer's own units with orders at the end of the turn and 1, 3 and 7 days on. */
  readonly forcesProjection: readonly ForcesProjectionView[] | null;
  /** The talks: the draft and initials for every seat, a party's own secrets, Control all; null without a negotiation. */
  readonly negotiation: NegotiationView | null;
  /** Tags, hot wash and whether the full record is open (visibility/reviewView). */
  readonly review: ReviewView;
  /** Control's messages to every seat, oldest first. */
  readonly broadcasts: readonly BroadcastView[];
  /** Control only: the Control team, assistant keys and when each seat last acted. */
  readonly controlRoom: ControlRoomView | null;
}

export function viewFor(
  state: ExerciseState,
  viewer: Actor,
  presence: Presence,
  memo: SectionMemo = FRESH,
): ExerciseView {
  const me = viewerKey(viewer);
  const audience = memo.get(memo.key('audience', me), [state.scenario, state.council], () =>
    audienceOf(state, viewer),
  );
  // Every section but the channels may read any slice except the channels; the channels read
  // only theirs and the scenario. Taking every other slice (a new one included) keeps a section
  // from going stale when a rule starts reading more of the state.
  const common = memo.same('common', slicesBesideChannels(state));
  const channels = channelsView(state, viewer, memo);
  const connected = presenceKey(state, presence);
  const controlRoom = controlRoomView(state, audience, presence);
  // The whole view is kept while nothing it shows changed; only the log position moves on.
  const view = memo.get(
    memo.key('view', me),
    [common, channels, connected, presence.controlConnections, controlRoom],
    () =>
      buildView(state, viewer, presence, memo, { me, audience, common, channels, connected, controlRoom }),
  );
  return view.seq === state.seq ? view : atSeq(view, state.seq);
}

/** Views that differ from another only in `seq` (see `sameBeyondSeq`). */
const baseOf = new WeakMap<ExerciseView, ExerciseView>();

function atSeq(view: ExerciseView, seq: number): ExerciseView {
  const base = baseOf.get(view) ?? view;
  const moved = { ...base, seq };
  baseOf.set(moved, base);
  return moved;
}

/**
 * Whether two views of one viewer hold the same sections and differ at most in `seq`, known
 * without comparing them: a publish then sends that viewer nothing (docs/decisions/0011).
 */
export function sameBeyondSeq(a: ExerciseView, b: ExerciseView): boolean {
  return (baseOf.get(a) ?? a) === (baseOf.get(b) ?? b);
}

interface Built {
  readonly me: string;
  readonly audience: Audience;
  readonly common: readonly unknown[];
  readonly channels: ChannelsView;
  readonly connected: string;
  readonly controlRoom: ControlRoomView | null;
}

function buildView(
  state: ExerciseState,
  viewer: Actor,
  presence: Presence,
  memo: SectionMemo,
  { me, audience, common, channels, connected, controlRoom }: Built,
): ExerciseView {
  const started = state.session.status !== 'lobby';
  // Sections with the same inputs are kept together: one look-up finds them all.
  const everyone = memo.get('everyone', [common], () => ({
    waitingOn: waitingOn(state),
    picture: picture(state),
  }));
  const mine = memo.get(memo.key('sections', me), [common, audience], () =>
    sectionsFor(state, viewer, audience),
  );
  return {
    exerciseId: state.exerciseId,
    code: state.code,
    title: state.title,
    scenario: memo.get('scenario', [state.scenario], () => ({
      id: state.scenario.id,
      title: state.scenario.title,
      summary: state.scenario.summary,
    })),
    seats: memo.get('seats', [state.scenario, state.seats, connected], () => seatViews(state, presence)),
    controlConnections: presence.controlConnections,
    you: memo.get(memo.key('you', me), [], () => ({ seatId: viewer.seatId, isControl: viewer.isControl })),
    seq: state.seq,
    clock: memo.get('clock', [state.session, state.clock, state.scenario, state.underRepair], () =>
      clockView(state),
    ),
    ...(audience.isControl && state.underRepair ? { repair: state.underRepair } : {}),
    waitingOn: everyone.waitingOn,
    situation: started || audience.isControl ? state.scenario.situation : null,
    picture: everyone.picture,
    injects: mine.injects,
    council: mine.council,
    measures: memo.get(`measures:${audience.seesCouncil}`, [state.measures], () =>
      audience.seesCouncil ? state.measures : { escalationRung: state.measures.escalationRung },
    ),
    flags: audience.seesCouncil ? state.flags : null,
    own: mine.own,
    dossiers: mine.dossiers,
    channels,
    forces: mine.forces,
    forcesProjection: mine.forcesProjection,
    negotiation: mine.negotiation,
    broadcasts: memo.get('broadcasts', [state.console], () => broadcastViews(state)),
    controlRoom,
    review: memo.get(memo.key('review', me), [state.review, audience], () => reviewView(state, audience)),
  };
}

/** The viewer's sections that may read any slice of the state but the channels. */
function sectionsFor(state: ExerciseState, viewer: Actor, audience: Audience) {
  return {
    injects: injectViews(state, audience),
    council: audience.seesCouncil ? councilView(state, audience) : null,
    own: ownDossier(state, audience),
    dossiers: allDossiers(state, audience),
    forces: forcesPictureFor(state, viewer, audience),
    forcesProjection: forcesProjectionFor(state, viewer, audience),
    negotiation: negotiationView(state, audience),
  };
}

/** Hot values no section reads (the sequence number, the dice) are left out, and so are the channels. */
const NOT_READ_BY_SECTIONS = new Set<string>(['channels', 'seq', 'rng']);

/** Worked out once per state, not once per viewer: a publish builds a view for every seat from one state. */
const slicesByState = new WeakMap<ExerciseState, unknown[]>();

function slicesBesideChannels(state: ExerciseState): unknown[] {
  const known = slicesByState.get(state);
  if (known) return known;
  const slices = everySliceBesideChannels(state);
  slicesByState.set(state, slices);
  return slices;
}

function everySliceBesideChannels(state: ExerciseState): unknown[] {
  const slices: unknown[] = [];
  for (const key in state) {
    if (!NOT_READ_BY_SECTIONS.has(key)) slices.push(state[key as keyof ExerciseState]);
  }
  return slices;
}

/** What of the presence the seat list shows, as one comparable value (once per presence and scenario). */
const presenceKeys = new WeakMap<Presence, { readonly scenario: unknown; readonly key: string }>();

function presenceKey(state: ExerciseState, presence: Presence): string {
  const known = presenceKeys.get(presence);
  if (known && known.scenario === state.scenario) return known.key;
  const key = presenceKeyOf(state, presence);
  presenceKeys.set(presence, { scenario: state.scenario, key });
  return key;
}

function presenceKeyOf(state: ExerciseState, presence: Presence): string {
  const seats = state.scenario.seats.filter((s) => s.kind !== 'control' && presence.connectedSeats.has(s.id));
  return `${presence.controlConnections > 0}:${seats.map((s) => s.id).join(',')}`;
}

function seatViews(state: ExerciseState, presence: Presence): SeatView[] {
  return state.scenario.seats.map((seat) => {
    const holder = state.seats[seat.id];
    return {
      id: seat.id,
      kind: seat.kind,
      label: seat.label,
      nation: seat.nation ?? null,
      description: seat.description ?? null,
      // Only the display name leaves the server: the token hash stays here.
      holder: holder
        ? { displayName: holder.displayName, ...(holder.bot ? { bot: true as const } : {}) }
        : null,
      connected:
        seat.kind === 'control' ? presence.controlConnections > 0 : presence.connectedSeats.has(seat.id),
    };
  });
}

function clockView(state: ExerciseState): ClockView {
  const { session, clock } = state;
  return {
    status: session.status,
    phase: session.phase,
    turn: clock.turn,
    gameTime: clock.time,
    gameTimeLabel: formatGameTime(state.scenario.startsAt, clock.time),
    stepHours: clock.stepHours,
    phaseEndsAt: session.phaseEndsAt,
    remainingSeconds: session.remainingSeconds,
    hotwash: session.hotwash,
    ...(state.underRepair ? { underRepair: true as const } : {}),
  };
}

function picture(state: ExerciseState): PublicPicture {
  const decisions = state.scenario.catalogue.flatMap((item) => {
    const adoptedAt = state.council.agenda[item.id]?.adoptedAt;
    return item.public && adoptedAt ? [{ itemId: item.id, title: item.title, adoptedAt }] : [];
  });
  decisions.sort((a, b) => Date.parse(a.adoptedAt) - Date.parse(b.adoptedAt));
  return { decisions, escalationRung: state.measures.escalationRung };
}

/** Fired injects the viewer is in the audience of; Control also sees the ones still to come. */
function injectViews(state: ExerciseState, audience: Audience): InjectView[] {
  return state.scenario.injects
    .flatMap((inject) => {
      const fired = state.injects.find((f) => f.injectId === inject.id);
      if (!seesInject(audience, inject) || (!fired && !audience.isControl)) return [];
      return [
        {
          id: inject.id,
          title: inject.title,
          text: inject.text,
          turn: fired?.turn ?? inject.turn,
          gameTime: fired?.gameTime ?? null,
          fired: fired !== undefined,
          ...(audience.isControl ? { audience: inject.audience } : {}),
        },
      ];
    })
    .concat(adHocInjectViews(state, audience));
}
