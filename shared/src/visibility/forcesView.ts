// The forces part of a seat's view: fog of war per side, ETAs, projection and reports. The order
// menu is not in the view: it is served on request (orderMenu.ts, ADR 0014).
import {
  projectTimeline,
  RUNG_INFO,
  ESCALATION_RUNGS,
  type CombatRecord,
  type EscalationRung,
  type ForcesActor,
  type ForcesAuthority,
  type ForcesReport,
  type ForcesState,
  type ForcesTimeline,
  type PlannedLeg,
  type ProjectedUnit,
  type Side,
} from '../forces/index';
import { namesOf, reportWords, wordAdjudication, type AdjudicationWords } from '../forces/explain';
import { forcesViewFor, perspectiveOf, type ForcesView, type UnitView } from './forcesFog';
import { forcesActorOf } from '../engine/forces/actor';
import { forcesAuthority } from '../engine/forces/authority';
import { gameTimeOfHour } from '../engine/forces/clock';
import type { Actor, ExerciseState } from '../engine/state';
import { normaliseInstant } from '../time/gameTime';
import type { Audience } from './audience';
import { KEEP_NOTHING, type Keep } from './reuse';
import { verbatim, type LocalisedText } from '../scenario/text';

export type * from './forceOrderMenu';

export interface ForcesUnitView extends UnitView {
  /** Own units with an order: the hour they are expected to complete it (no dice, no combat); null if not within 60 days. */
  readonly eta: number | null;
  /**
   * Own units with an order: the legs they are expected to start on it, with hours (the server's
   * route and timing, expected values); the map and the unit list draw from these. Empty otherwise.
   */
  readonly plan: readonly PlannedLeg[];
}

export interface ForcesReportView {
  readonly type: ForcesReport['type'];
  readonly atHour: number;
  readonly placeId: string | null;
  readonly unitIds: readonly string[];
  /** The adjudication in English words: inputs, modifiers, dice and result (the record's sentence). */
  readonly explanation: string;
  /** The same as data, for the reader's client to word in the reader's language (ADR 0029). */
  readonly words: AdjudicationWords;
  readonly rolls: readonly number[];
  /** Control only: the whole combat record (inputs, modifiers, column, losses). */
  readonly combat?: Omit<CombatRecord, 'dice'>;
}

export interface ForcesPicture extends Omit<ForcesView, 'units'> {
  /** Game time of hour 0: a forces hour h is `startsAt` + h hours. */
  readonly startsAt: string;
  readonly variantLabel: LocalisedText;
  readonly units: readonly ForcesUnitView[];
  /** The Council's decisions as the forces rules read them; null for Red. */
  readonly authority: ForcesAuthority | null;
  /** The escalation ladder, lowest rung first (`escalation` names the current one). */
  readonly ladder: readonly { readonly id: EscalationRung; readonly label: string; readonly kahn: string }[];
  /** Adjudications of the last turn's window that the viewer's side witnessed. */
  readonly reports: readonly ForcesReportView[];
}

/** Where the viewer's own units with orders will be at a future hour, on current orders. */
export interface ForcesProjectionView {
  readonly atHour: number;
  readonly gameTime: string;
  readonly units: readonly ProjectedUnit[];
  readonly assumptions: readonly string[];
}

const LADDER = ESCALATION_RUNGS.map((id) => ({ id, ...RUNG_INFO[id] }));
/** Hours ahead the map's timeline shows, besides the end of the turn. */
const PROJECTION_HOURS = [24, 72, 168];

/** Control sees all, Red its side, seats at or beside the Council the alliance's; others nothing. */
export function forcesViewer(state: ExerciseState, viewer: Actor, audience: Audience): ForcesActor | null {
  if (viewer.isControl) return { role: 'control' };
  if (audience.kind === 'red') return { role: 'red' };
  return audience.seesCouncil ? forcesActorOf(state, viewer) : null;
}

/** The forces state changes only with forces events: a keeper builds the timeline once per change. */
function timeline(
  state: ExerciseState,
  forces: ForcesState,
  authority: ForcesAuthority,
  keep: Keep,
): ForcesTimeline {
  const step = state.clock.stepHours;
  return keep([forces], `timeline:${step}:${JSON.stringify(authority)}`, () =>
    projectTimeline(
      forces,
      [step, ...PROJECTION_HOURS].map((h) => forces.hour + h),
      authority,
    ),
  );
}

const owns = (perspective: Side | 'control', side: Side) => perspective === 'control' || perspective === side;

/** The forces sections of a viewer's view. */
export interface ForcesSections {
  readonly forces: ForcesPicture | null;
  readonly forcesProjection: readonly ForcesProjectionView[] | null;
}

const NO_FORCES: ForcesSections = { forces: null, forcesProjection: null };

/** The picture and the projection, from one timeline. */
export function forcesSectionsFor(
  state: ExerciseState,
  viewer: Actor,
  audience: Audience,
  keep: Keep = KEEP_NOTHING,
): ForcesSections {
  const forces = state.forces;
  const actor = forces && forcesViewer(state, viewer, audience);
  if (!forces || !actor) return NO_FORCES;
  const side = perspectiveOf(actor);
  const authority = forcesAuthority(state);
  const plan = timeline(state, forces, authority, keep);
  return {
    // Every viewer of a side sees the same picture of one state: a keeper builds it once per side.
    forces: keep([state], `picture:${side}`, () => buildPicture(state, forces, actor, authority, plan, keep)),
    forcesProjection: projectionsFor(state, forces, side, plan),
  };
}

/** One literal with every field (no `{ ...view, more }`: see channelView in channelsView.ts). */
function buildPicture(
  state: ExerciseState,
  forces: NonNullable<ExerciseState['forces']>,
  actor: ForcesActor,
  authority: ForcesAuthority,
  plan: ForcesTimeline,
  keep: Keep,
): ForcesPicture {
  const view = keep([forces], `view:${perspectiveOf(actor)}`, () => forcesViewFor(forces, actor, keep));
  return {
    hour: view.hour,
    variant: view.variant,
    perspective: view.perspective,
    places: view.places,
    legs: view.legs,
    escalation: view.escalation,
    signals: view.signals,
    measures: view.measures,
    incursionAt: view.incursionAt,
    redControl: view.redControl,
    startsAt: normaliseInstant(state.scenario.startsAt),
    variantLabel:
      forces.scenario.variants.find((v) => v.id === forces.variant)?.label ?? verbatim(forces.variant),
    units: unitsWithEtas(view, plan, keep),
    authority: actor.role === 'red' ? null : authority,
    ladder: LADDER,
    reports: reportsFor(state, forces, view.perspective),
  };
}

const NO_PLAN: readonly PlannedLeg[] = [];

function withEta(u: UnitView, eta: number | null, plan: readonly PlannedLeg[]): ForcesUnitView {
  return {
    id: u.id,
    name: u.name,
    type: u.type,
    sidc: u.sidc,
    side: u.side,
    owner: u.owner,
    battalions: u.battalions,
    strength: u.strength,
    estimated: u.estimated,
    readiness: u.readiness,
    location: u.location,
    position: u.position,
    authority: u.authority,
    group: u.group,
    order: u.order,
    noticeToMoveHours: u.noticeToMoveHours,
    stagingPlace: u.stagingPlace,
    prepositionedAt: u.prepositionedAt,
    eta,
    plan,
  };
}

/**
 * Every viewer of one side shares the side's units and the same timeline, so a keeper makes the
 * units with their ETAs once per (side's view, timeline) rather than once per seat: a Baltic room
 * kept seventeen copies of them.
 */
function unitsWithEtas(view: ForcesView, timeline: ForcesTimeline, keep: Keep): readonly ForcesUnitView[] {
  return keep([view, timeline], 'units', () => {
    const { etas, plans } = timeline;
    return view.units.map((u) =>
      owns(view.perspective, u.side)
        ? withEta(u, etas[u.id] ?? null, plans[u.id] ?? NO_PLAN)
        : withEta(u, null, NO_PLAN),
    );
  });
}

/** Where the viewer's side's units with orders will be, by the timeline's projections. */
function projectionsFor(
  state: ExerciseState,
  forces: ForcesState,
  perspective: Side | 'control',
  plan: ForcesTimeline,
): readonly ForcesProjectionView[] {
  return plan.projections.map((p) => ({
    atHour: p.atHour,
    gameTime: gameTimeOfHour(state.scenario, p.atHour),
    units: p.units.filter((u) => owns(perspective, u.side) && forces.units[u.unitId]?.order),
    assumptions: p.assumptions,
  }));
}

function reportsFor(
  state: ExerciseState,
  forces: ForcesState,
  perspective: Side | 'control',
): ForcesReportView[] {
  const since = forces.hour - state.clock.stepHours;
  const names = namesOf(forces.scenario);
  const sideOf = (unitId: string) => forces.units[unitId]?.side;
  const out: ForcesReportView[] = [];
  for (const r of forces.reports) {
    if (r.atHour <= since) continue;
    const words = reportWords(r, forces.scenario, names);
    const base = { type: r.type, atHour: r.atHour, explanation: wordAdjudication(words, 'en'), words };
    switch (r.type) {
      case 'combatResolved':
        // Both sides fought there and hear the umpire's ruling; the full record is Control's.
        out.push({
          ...base,
          placeId: r.placeId,
          unitIds: r.losses.map((l) => l.unitId),
          rolls: r.dice.rolls,
          ...(perspective === 'control' ? { combat: withoutDice(r) } : {}),
        });
        break;
      case 'readinessRolled':
      case 'permitRolled': {
        const side = sideOf(r.unitId);
        if (side && owns(perspective, side))
          out.push({ ...base, placeId: null, unitIds: [r.unitId], rolls: r.dice.rolls });
        break;
      }
      case 'unitDestroyed':
        out.push({ ...base, placeId: r.placeId, unitIds: [r.unitId], rolls: [] });
        break;
      case 'placeCaptured':
        out.push({ ...base, placeId: r.placeId, unitIds: [], rolls: [] });
        break;
    }
  }
  return out;
}

/** The record without its dice state: no view ever carries the PRNG. */
function withoutDice(r: ForcesReport & { type: 'combatResolved' }): Omit<CombatRecord, 'dice'> {
  const { type: _type, dice: _dice, ...record } = r;
  return record;
}
