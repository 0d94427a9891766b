// An ally's secrets and domestic profile: its own seat and Control see them, nobody else ever does.
import type { AllySecret } from '../scenario/allies';
import type { AllyProfile, ExerciseState } from '../engine/state';
import type { Audience } from './audience';

export interface AllyDossier {
  readonly allyId: string;
  readonly profile: AllyProfile;
  readonly secret: AllySecret;
}

const EMPTY: AllySecret = { redLines: [] };

function dossier(state: ExerciseState, allyId: string): AllyDossier | null {
  const profile = state.council.allies[allyId];
  if (!profile) return null;
  const secret = state.scenario.allies.find((a) => a.id === allyId)?.secret ?? EMPTY;
  return { allyId, profile, secret };
}

/** The viewer's own dossier: an ally seat's own secrets. */
export function ownDossier(state: ExerciseState, audience: Audience): AllyDossier | null {
  return audience.allyId ? dossier(state, audience.allyId) : null;
}

/** Control's dossiers of every ally; an empty list for anyone else. */
export function allDossiers(state: ExerciseState, audience: Audience): AllyDossier[] {
  if (!audience.isControl) return [];
  return state.council.allyOrder.map((id) => dossier(state, id)).filter((d): d is AllyDossier => d !== null);
}
