// The Council's decisions as the forces rules read them: one pure mapping from the exercise state.
import type { ForcesAuthority } from '../../forces/index';
import type { Flag } from '../../model/effects';
import type { ExerciseState } from '../state';

/** The flags of adopted decisions as forces authority; US consent is the US delegation's own act. */
export function authorityFromFlags(f: Readonly<Record<Flag, boolean>>, usConsent: boolean): ForcesAuthority {
  return {
    vjtfDeploymentAuthorised: f.vjtfAuthorised,
    // The graduated response plans pre-delegate authority only when they say SACEUR may deploy.
    graduatedResponseActive: f.saceurMayDeploy,
    reinforceBattlegroups: f.forwardPresenceReinforced,
    article5: f.article5Invoked,
    permitsWaived: f.movementPermitsWaived,
    usConsent,
    nuclearSignalling: f.nuclearSignalled,
  };
}

/**
 * Flags come from the effects of adopted catalogue items and fired injects (`state.flags`, applied
 * by council/effects.ts), so an author grants authority in scenario data, not code. US consent is
 * the US delegation's own act (`grantUsConsent`), kept in the forces state.
 *
 * Like the Council's moves, forces orders and the turn's advance are made for the turn's whole
 * window: a decision adopted during the window counts from the window's start (at most one turn
 * step early, never late).
 */
export function forcesAuthority(state: ExerciseState): ForcesAuthority {
  return authorityFromFlags(state.flags, state.forces?.usConsent ?? false);
}
