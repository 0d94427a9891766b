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
import type { ForcesAuthority, ForcesView } from '@council/shared';

export type PlaceView = ForcesView['places'][number];
export type LegView = ForcesView['legs'][number];

/** A seat as the forces rules see it (ForcesActor of shared/src/forces/authority). */
export type MapActor =
  | { readonly role: 'control' }
  | { readonly role: 'saceur' }
  | { readonly role: 'ally'; readonly nation: string }
  | { readonly role: 'red' }
  | { readonly role: 'observer' };

/** The council's decisions as the forces rules read them. */
export type MapAuthority = ForcesAuthority;
