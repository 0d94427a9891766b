// Everything that can happen to forces, past tense; dice results travel inside the events.
import type { CombatRecord } from './combat';
import type { EscalationRung, NuclearSignal } from './escalation';
import type { RngState } from '../rng/sfc32';
import type { Measures } from './state';
import type { LegMode, MovePurpose, OrderSource, Side, WaitReason } from './vocabulary';
import type { Wording } from '../scenario/text';

/** The rolls a rule made and the PRNG state after them, so evolve never rolls. */
export interface DiceRecord {
  readonly rolls: readonly number[];
  readonly rngAfter: RngState;
}

export type ForcesEvent =
  | {
      readonly type: 'unitAlerted';
      readonly unitId: string;
      readonly atHour: number;
      readonly by: OrderSource;
    }
  | { readonly type: 'unitAssignedToNato'; readonly unitId: string; readonly atHour: number }
  | {
      readonly type: 'movementOrdered';
      readonly unitId: string;
      readonly atHour: number;
      readonly by: OrderSource;
      readonly purpose: MovePurpose;
      readonly destination: string;
      readonly legs: readonly string[];
      readonly permitRequired: boolean;
    }
  | {
      readonly type: 'unitHalted';
      readonly unitId: string;
      readonly atHour: number;
      readonly reason: 'ordered' | 'routeCut' | 'culminated';
    }
  | {
      readonly type: 'routeInterdicted';
      readonly legId: string;
      readonly atHour: number;
      readonly untilHour: number;
      readonly by: OrderSource;
    }
  | {
      readonly type: 'nuclearSignalSent';
      readonly side: Side;
      readonly signal: NuclearSignal;
      readonly atHour: number;
      readonly rungAfter: EscalationRung;
    }
  | {
      readonly type: 'escalationChanged';
      readonly rung: EscalationRung;
      readonly atHour: number;
      readonly reason: Wording;
    }
  | { readonly type: 'redControlChanged'; readonly mode: 'scripted' | 'human'; readonly atHour: number }
  | {
      readonly type: 'usConsentChanged';
      readonly granted: boolean;
      readonly atHour: number;
      readonly by: OrderSource;
    }
  | { readonly type: 'incursionBegan'; readonly atHour: number; readonly by: OrderSource }
  | {
      readonly type: 'readinessRolled';
      readonly unitId: string;
      readonly atHour: number;
      readonly readyAt: number;
      readonly dice: DiceRecord;
      readonly explanation: string;
    }
  | {
      readonly type: 'permitRolled';
      readonly unitId: string;
      readonly atHour: number;
      readonly grantedAt: number;
      readonly dice: DiceRecord;
      readonly explanation: string;
    }
  | {
      readonly type: 'permitGranted';
      readonly unitId: string;
      readonly atHour: number;
      readonly waived: boolean;
    }
  | {
      readonly type: 'unitDeparted';
      readonly unitId: string;
      readonly atHour: number;
      readonly legId: string;
      readonly from: string;
      readonly to: string;
      readonly arrivesAt: number;
      /** Battalion-equivalents of the leg's daily capacity this departure used (0 for Red). */
      readonly capacityUsed: number;
      readonly factors: readonly string[];
      /** Friction of an advance into ground the unit's side does not hold (2d6), if rolled here. */
      readonly dice?: DiceRecord;
    }
  | {
      readonly type: 'unitReachedPlace';
      readonly unitId: string;
      readonly atHour: number;
      readonly placeId: string;
      readonly via: LegMode;
    }
  | {
      readonly type: 'unitWaiting';
      readonly unitId: string;
      readonly atHour: number;
      readonly reason: WaitReason;
      readonly untilHour: number;
    }
  | {
      readonly type: 'unitArrived';
      readonly unitId: string;
      readonly atHour: number;
      readonly placeId: string;
      readonly readiness: 'staged' | 'inPlace';
      /** The NFIU place that received it, and the battalion-equivalents it used. */
      readonly reception: { readonly placeId: string; readonly used: number } | null;
    }
  | ({ readonly type: 'combatResolved' } & CombatRecord)
  | {
      readonly type: 'unitDestroyed';
      readonly unitId: string;
      readonly atHour: number;
      readonly placeId: string;
      readonly cause: string;
    }
  | { readonly type: 'placeCaptured'; readonly placeId: string; readonly side: Side; readonly atHour: number }
  | { readonly type: 'measuresRecorded'; readonly measures: Measures; readonly notes: readonly string[] }
  | { readonly type: 'clockAdvanced'; readonly toHour: number };

export type ForcesEventType = ForcesEvent['type'];
export type ForcesEventOf<T extends ForcesEventType> = Extract<ForcesEvent, { type: T }>;

/** Every forces event type, at run time: the root engine tells forces events from its own by these. */
const TYPES: Record<ForcesEventType, true> = {
  unitAlerted: true,
  unitAssignedToNato: true,
  movementOrdered: true,
  unitHalted: true,
  routeInterdicted: true,
  nuclearSignalSent: true,
  escalationChanged: true,
  redControlChanged: true,
  usConsentChanged: true,
  incursionBegan: true,
  readinessRolled: true,
  permitRolled: true,
  permitGranted: true,
  unitDeparted: true,
  unitReachedPlace: true,
  unitWaiting: true,
  unitArrived: true,
  combatResolved: true,
  unitDestroyed: true,
  placeCaptured: true,
  measuresRecorded: true,
  clockAdvanced: true,
};
export const FORCES_EVENT_TYPES = Object.keys(TYPES) as ForcesEventType[];
export const isForcesEvent = (event: { readonly type: string }): event is ForcesEvent =>
  Object.hasOwn(TYPES, event.type);

/** Events that adjudicate something and explain it: the reports a view shows. */
export const REPORT_TYPES = [
  'combatResolved',
  'readinessRolled',
  'permitRolled',
  'unitDestroyed',
  'placeCaptured',
] as const;
export type ForcesReport = ForcesEventOf<(typeof REPORT_TYPES)[number]>;
export const isReport = (event: ForcesEvent): event is ForcesReport =>
  (REPORT_TYPES as readonly string[]).includes(event.type);
/** Game hours of reports the state keeps; older ones live in the log only. */
export const REPORT_HOURS = 72;
