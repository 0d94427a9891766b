// The ceasefire map every seat at the table sees: the line of contact by sector, the demilitarised
// zone the text drafts, and the reassurance force the signed text sends. All of it is public.
import type { ExerciseState } from '../engine/state';
import { demilitarisedZone, type DemilitarisedZone, type LonLatPair } from '../negotiation/lineOfContact';
import { deploymentAt, type ReassurancePlace, type UnitDeployment } from '../negotiation/reassurance';
import type { LocalisedText } from '../scenario/text';

export type { DeploymentStatus, ReassurancePlace, UnitDeployment } from '../negotiation/reassurance';
export type { DemilitarisedZone } from '../negotiation/lineOfContact';

export interface LineSectorView {
  readonly id: string;
  readonly name: LocalisedText;
  /** The line at the scenario's start, [lon, lat] points. */
  readonly line: readonly LonLatPair[];
  /** Compass bearing of an advance by the attacker: the way the line moves as it shifts. */
  readonly advanceBearing: number;
}

export interface ReassuranceView {
  /** Where the force gathers and deploys (named on the map). */
  readonly places: readonly ReassurancePlace[];
  /** Null until the deal is signed. */
  readonly signedAt: string | null;
  /** Every unit the signed text sends, at the current game time; none before signature. */
  readonly units: readonly UnitDeployment[];
  /** Troops the signed text sends, in all. */
  readonly troops: number;
}

export interface CeasefireMapView {
  readonly asOf: LocalisedText;
  readonly bounds: readonly [LonLatPair, LonLatPair];
  readonly sectors: readonly LineSectorView[];
  /** The zone the text drafts now, and whether the deal that carries it is signed. */
  readonly dmz: (DemilitarisedZone & { readonly signed: boolean }) | null;
  /** Null in a scenario without a reassurance force. */
  readonly reassurance: ReassuranceView | null;
}

/** The map of the talks, or null in a scenario without a line of contact. */
export function ceasefireMapView(state: ExerciseState): CeasefireMapView | null {
  const scenario = state.scenario.negotiation;
  const talks = state.negotiation;
  const line = scenario?.lineOfContact;
  if (!scenario || !talks || !line) return null;
  const zone = demilitarisedZone(line, scenario.issues, talks.clauses);
  const force = scenario.reassurance;
  const units = force ? deploymentAt(force, talks.clauses, talks.signedAt, state.clock.time) : [];
  return {
    asOf: line.asOf,
    bounds: line.bounds,
    sectors: line.sectors.map((s) => ({
      id: s.id,
      name: s.name,
      line: s.line,
      advanceBearing: s.advanceBearing,
    })),
    dmz: zone && { ...zone, signed: talks.signedAt !== null },
    reassurance: force
      ? {
          places: force.places,
          signedAt: talks.signedAt,
          units,
          troops: units.reduce((sum, u) => sum + u.troops, 0),
        }
      : null,
  };
}
