// The one place that decides what a seat may see: every byte a client receives is built by the rules
// in this folder (one file per section), assembled here. Caching lives apart, in cache/.
import type { Flag, Measure } from '../model/effects';
import type { ExerciseStatus, Phase, SeatKind } from '../model/vocabulary';
import type { Audience as InjectAudience } from '../scenario/injects';
import { waitingOn } from '../engine/rules/session/moves';
import type { Actor, ExerciseState, RepairNeeded } from '../engine/state';
import { formatGameTime } from '../time/gameTime';
import { audienceOf, seesInject, type Audience } from './audience';
import { channelsView, type ChannelsView } from './channelsView';
import { councilView, type CouncilView } from './councilView';
import { forcesSectionsFor, type ForcesPicture, type ForcesProjectionView } from './forcesView';
import { allDossiers, ownDossier, type AllyDossier } from './secretsView';
import { negotiationView, type NegotiationView } from './negotiationView';
import {
  adHocInjectViews,
  broadcastViews,
  controlRoomView,
  type BroadcastView,
  type ControlMemberView,
  type ControlRoomView,
} from './controlView';
import { KEEP_NOTHING, type Keep } from './reuse';
import { reviewView, type ReviewView } from './reviewView';
import type { LocalisedText, Wording } from '../scenario/text';

export type * from './councilView';
export type * from './channelsView';
export type * from './forcesView';
export type { AllyDossier } from './secretsView';
export type * from './negotiationView';
export type * from './controlView';
export type * from './reviewView';

/** Who is connected right now: kept by the server, not in the log. */
export interface Presence {
  readonly connectedSeats: ReadonlySet<string>;
  readonly controlConnections: number;
  /** The Control team in the room, by name and role (controlView.ts). */
  readonly controlTeam?: readonly ControlMemberView[];
  /** Wall time each seat last had a command accepted. */
  readonly lastActedAt?: ReadonlyMap<string, string>;
}

export interface SeatView {
  readonly id: string;
  readonly kind: SeatKind;
  readonly label: LocalisedText;
  readonly nation: string | null;
  readonly description: LocalisedText | null;
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
  readonly title: Wording;
  readonly text: Wording;
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
    readonly title: LocalisedText;
    readonly adoptedAt: string;
  }[];
  readonly escalationRung: number;
}

export interface ExerciseView {
  readonly exerciseId: string;
  readonly code: string;
  readonly title: string;
  readonly scenario: { readonly id: string; readonly title: LocalisedText; readonly summary: LocalisedText };
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
  readonly situation: LocalisedText | null;
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

/**
 * What the viewer may see of the state: the rule, with no memory. The server serves the same views
 * through `cachedViewFor` (cache/cachedView.ts), which keeps sections between publishes and is
 * tested to return exactly this; whoSeesWhat.test.ts states which seat sees which section.
 */
export function viewFor(state: ExerciseState, viewer: Actor, presence: Presence): ExerciseView {
  const audience = audienceOf(state, viewer);
  return assembleView(state, audience, presence, {
    scenario: scenarioView(state),
    seats: seatViews(state, presence),
    you: youView(viewer),
    clock: clockView(state),
    everyone: everyoneSections(state),
    mine: sectionsFor(state, viewer, audience),
    measures: measuresView(state, audience),
    channels: channelsView(state, viewer),
    broadcasts: broadcastViews(state),
    controlRoom: controlRoomView(state, audience, presence),
    review: reviewView(state, audience),
  });
}

/** The parts a view is assembled from, each built by one rule below (or kept by the cache). */
export interface ViewParts {
  readonly scenario: ExerciseView['scenario'];
  readonly seats: readonly SeatView[];
  readonly you: ExerciseView['you'];
  readonly clock: ClockView;
  readonly everyone: EveryoneSections;
  readonly mine: ViewerSections;
  readonly measures: ExerciseView['measures'];
  readonly channels: ChannelsView;
  readonly broadcasts: readonly BroadcastView[];
  readonly controlRoom: ControlRoomView | null;
  readonly review: ReviewView;
}

/** One literal with every section, in the order the wire carries them. */
export function assembleView(
  state: ExerciseState,
  audience: Audience,
  presence: Presence,
  parts: ViewParts,
): ExerciseView {
  const started = state.session.status !== 'lobby';
  const view: ExerciseView = {
    exerciseId: state.exerciseId,
    code: state.code,
    title: state.title,
    scenario: parts.scenario,
    seats: parts.seats,
    controlConnections: presence.controlConnections,
    you: parts.you,
    seq: state.seq,
    clock: parts.clock,
    waitingOn: parts.everyone.waitingOn,
    situation: started || audience.isControl ? (state.scenario.situation ?? null) : null,
    picture: parts.everyone.picture,
    injects: parts.mine.injects,
    council: parts.mine.council,
    measures: parts.measures,
    flags: audience.seesCouncil ? state.flags : null,
    own: parts.mine.own,
    dossiers: parts.mine.dossiers,
    channels: parts.channels,
    forces: parts.mine.forces,
    forcesProjection: parts.mine.forcesProjection,
    negotiation: parts.mine.negotiation,
    broadcasts: parts.broadcasts,
    controlRoom: parts.controlRoom,
    review: parts.review,
  };
  // Added only when there is one, after the literal: a spread inside it made every view slower to build.
  if (audience.isControl && state.underRepair) return { ...view, repair: state.underRepair };
  return view;
}

/**
 * The view with new channels and Control room, every other section kept: one literal in
 * assembleView's order, so both give views of one shape (V8 keeps one hidden class for them).
 */
export function withLiveSections(
  view: ExerciseView,
  channels: ExerciseView['channels'],
  controlRoom: ExerciseView['controlRoom'],
  seq: number,
): ExerciseView {
  const next: ExerciseView = {
    exerciseId: view.exerciseId,
    code: view.code,
    title: view.title,
    scenario: view.scenario,
    seats: view.seats,
    controlConnections: view.controlConnections,
    you: view.you,
    seq,
    clock: view.clock,
    waitingOn: view.waitingOn,
    situation: view.situation,
    picture: view.picture,
    injects: view.injects,
    council: view.council,
    measures: view.measures,
    flags: view.flags,
    own: view.own,
    dossiers: view.dossiers,
    channels,
    forces: view.forces,
    forcesProjection: view.forcesProjection,
    negotiation: view.negotiation,
    broadcasts: view.broadcasts,
    controlRoom,
    review: view.review,
  };
  return view.repair === undefined ? next : { ...next, repair: view.repair };
}

export function scenarioView(state: ExerciseState): ExerciseView['scenario'] {
  return { id: state.scenario.id, title: state.scenario.title, summary: state.scenario.summary };
}

export function youView(viewer: Actor): ExerciseView['you'] {
  return { seatId: viewer.seatId, isControl: viewer.isControl };
}

/** The Council's measures for those at or beside the Council; the escalation rung for everyone. */
export function measuresView(state: ExerciseState, audience: Audience): ExerciseView['measures'] {
  return audience.seesCouncil ? state.measures : { escalationRung: state.measures.escalationRung };
}

/** Sections every viewer sees alike. */
export interface EveryoneSections {
  readonly waitingOn: readonly string[];
  readonly picture: PublicPicture;
}

export function everyoneSections(state: ExerciseState): EveryoneSections {
  return { waitingOn: waitingOn(state), picture: picture(state) };
}

/** The viewer's sections that may read any slice of the state but the channels. */
export interface ViewerSections {
  readonly injects: readonly InjectView[];
  readonly council: CouncilView | null;
  readonly own: AllyDossier | null;
  readonly dossiers: readonly AllyDossier[];
  readonly forces: ForcesPicture | null;
  readonly forcesProjection: readonly ForcesProjectionView[] | null;
  readonly negotiation: NegotiationView | null;
}

/** `keep` lets the cached view share the forces parts between viewers of one side. */
export function sectionsFor(
  state: ExerciseState,
  viewer: Actor,
  audience: Audience,
  keep: Keep = KEEP_NOTHING,
): ViewerSections {
  const forces = forcesSectionsFor(state, viewer, audience, keep);
  return {
    injects: injectViews(state, audience),
    council: audience.seesCouncil ? councilView(state, audience, keep) : null,
    own: ownDossier(state, audience),
    dossiers: allDossiers(state, audience),
    forces: forces.forces,
    forcesProjection: forces.forcesProjection,
    negotiation: negotiationView(state, audience),
  };
}

export function seatViews(state: ExerciseState, presence: Presence): SeatView[] {
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

export function clockView(state: ExerciseState): ClockView {
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
    .flatMap((inject): InjectView[] => {
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
