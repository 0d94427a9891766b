// Who may order what: the council's decisions arrive as flags; seats arrive as actors.
import type { ForceGroup } from './vocabulary';

/**
 * The council module's effect on forces, passed in on every call. Flags only widen what may move;
 * SACEUR's own authority (alert, stage, prepare) needs none of them (facts.md §2, Jun 2015).
 */
export interface ForcesAuthority {
  /** The NAC adopted a decision to deploy the VJTF / Allied Reaction Force. */
  readonly vjtfDeploymentAuthorised: boolean;
  /** A graduated response plan is active: pre-delegated authority over all NATO-assigned forces. */
  readonly graduatedResponseActive: boolean;
  /** The NAC adopted reinforcement of the forward battlegroups. */
  readonly reinforceBattlegroups: boolean;
  /** Article 5 invoked: every NATO-assigned force may deploy, permits lapse. */
  readonly article5: boolean;
  /** A political decision waived peacetime movement permits (facts.md §3: 10 days, up to 45). */
  readonly permitsWaived: boolean;
  /** The US seat consents to SACEUR, as EUCOM commander, moving US forces. */
  readonly usConsent: boolean;
  /** The Nuclear Planning Group authorised allied nuclear signalling (facts.md §2). */
  readonly nuclearSignalling: boolean;
}

export const NO_AUTHORITY: ForcesAuthority = {
  vjtfDeploymentAuthorised: false,
  graduatedResponseActive: false,
  reinforceBattlegroups: false,
  article5: false,
  permitsWaived: false,
  usConsent: false,
  nuclearSignalling: false,
};

export const FULL_AUTHORITY: ForcesAuthority = {
  vjtfDeploymentAuthorised: true,
  graduatedResponseActive: true,
  reinforceBattlegroups: true,
  article5: true,
  permitsWaived: true,
  usConsent: true,
  nuclearSignalling: true,
};

/** A seat as the forces rules see it; the root engine maps seats to these. */
export type ForcesActor =
  | { readonly role: 'control' }
  | { readonly role: 'saceur' }
  | { readonly role: 'ally'; readonly nation: string }
  | { readonly role: 'red' }
  | { readonly role: 'observer' };

export interface ForcesContext {
  readonly actor: ForcesActor;
  readonly authority: ForcesAuthority;
  /** False outside the phase where orders are taken; Control may still act. */
  readonly ordersOpen: boolean;
}

/** The NAC decision (or plan) that lets SACEUR deploy a NATO-assigned unit of this group. */
export function deploymentAuthorised(group: ForceGroup, a: ForcesAuthority): boolean {
  if (a.article5 || a.graduatedResponseActive) return true;
  if (group === 'vjtf') return a.vjtfDeploymentAuthorised;
  if (group === 'efpReinforcement' || group === 'efp') return a.reinforceBattlegroups;
  return false;
}

export const permitsLapse = (a: ForcesAuthority): boolean => a.permitsWaived || a.article5;
