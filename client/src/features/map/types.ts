// The forces types the map reads, from the shared package: the seat's forces picture and its parts.
export type {
  ForcesView,
  UnitView,
  ForcesCommand,
  ForcesCommandType,
  ForcesAuthority,
  ForcesPicture,
  ForcesUnitView,
  ForcesReportView,
  ForceOrderMenu,
  ForceOrderMenuItem,
  OrderArrival,
  PlannedLeg,
  UnitOrderMenu,
  CombatRecord,
  CombatModifier,
  CombatInput,
  EscalationRung,
  LegMode,
  PlaceKind,
  Readiness,
  Side,
  UnitType,
  ForceGroup,
  WaitReason,
} from '@council/shared';
import type { ForcesView } from '@council/shared';

export type PlaceView = ForcesView['places'][number];
export type LegView = ForcesView['legs'][number];
