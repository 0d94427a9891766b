// The forces part of the game state: rebuilt from forces events by evolveForces alone.
import type { EscalationRung, NuclearSignal } from './escalation';
import type { RngState } from '../rng/sfc32';
import type { ForcesReport } from './events';
import type { ForcesScenario } from './schema';
import type {
  CommandAuthority,
  ForceGroup,
  MovePurpose,
  OrderSource,
  Readiness,
  Side,
  UnitType,
  Variant,
  WaitReason,
} from './vocabulary';
import type { LocalisedText } from '../scenario/text';

export type UnitLocation =
  | { readonly kind: 'at'; readonly placeId: string }
  | {
      readonly kind: 'leg';
      readonly legId: string;
      readonly from: string;
      readonly to: string;
      readonly departedAt: number;
      readonly arrivesAt: number;
    };

export type PermitState = 'notNeeded' | 'pending' | 'rolled' | 'granted';

export interface MoveOrder {
  readonly purpose: MovePurpose;
  readonly destination: string;
  /** Legs still to travel, in order; the first starts where the unit is. */
  readonly legs: readonly string[];
  readonly by: OrderSource;
  readonly orderedAt: number;
  /** The unit may not start its next leg before this hour. */
  readonly waitUntil: number;
  readonly waitReason: WaitReason | null;
  readonly permit: PermitState;
}

export interface UnitState {
  readonly id: string;
  readonly name: LocalisedText;
  readonly type: UnitType;
  readonly sidc: string;
  readonly side: Side;
  readonly owner: string;
  readonly authority: CommandAuthority;
  readonly group: ForceGroup;
  readonly battalions: number;
  readonly strength: number;
  readonly readiness: Readiness;
  readonly location: UnitLocation;
  readonly order: MoveOrder | null;
  readonly alertedAt: number | null;
  /** Hour the notice to move runs out; null until rolled. */
  readonly readyAt: number | null;
  readonly inPlaceSince: number | null;
  readonly cameFrom: string | null;
  readonly stagingPlace: string | null;
  readonly prepositionedAt: string | null;
  readonly drawn: boolean;
  /**
   * Hour its peacetime movement permits are (or were) granted, once rolled or waived: permits are
   * sought once per unit, so a later cross-border order waits for the same grant, never a new roll.
   * Null (or absent, in states stored before it existed) until then.
   */
  readonly permitAt?: number | null;
}

export interface Measures {
  readonly atHour: number;
  readonly cohesion: number;
  readonly deterrenceCredibility: number;
  readonly escalation: EscalationRung;
  readonly publicSupport: Readonly<Record<string, number>>;
  /** Weighted share of the theatre's places Blue holds, 0–1. */
  readonly groundHeld: number;
}

export interface DayUse {
  readonly day: number;
  readonly used: number;
}

export interface ForcesState {
  readonly scenario: ForcesScenario;
  readonly variant: Variant;
  readonly seed: number;
  /** Game hours since the scenario start. */
  readonly hour: number;
  readonly rng: RngState;
  readonly units: Readonly<Record<string, UnitState>>;
  readonly control: Readonly<Record<string, Side>>;
  readonly legUse: Readonly<Record<string, DayUse>>;
  readonly reception: Readonly<Record<string, DayUse>>;
  /** Leg id → hour the interdiction lifts. */
  readonly interdicted: Readonly<Record<string, number>>;
  readonly redControl: 'scripted' | 'human';
  readonly incursionAt: number | null;
  readonly escalation: EscalationRung;
  readonly signals: readonly {
    readonly side: Side;
    readonly signal: NuclearSignal;
    readonly atHour: number;
  }[];
  readonly measures: Measures;
  readonly firstRedArrival: { readonly placeId: string; readonly hour: number } | null;
  readonly capitalsFallen: Readonly<Record<string, number>>;
  /** The US seat lets SACEUR, as US EUCOM commander, move US national forces (`grantUsConsent`). */
  readonly usConsent: boolean;
  /** Adjudications of the last REPORT_HOURS game hours, with their explanations, newest last. */
  readonly reports: readonly ForcesReport[];
  /** Number of forces events applied. */
  readonly seq: number;
}
