// What the map reads from the store: the seat's forces picture, who it is, what the council allows.
import { useMemo } from 'react';
import { NO_AUTHORITY, type Command, type ExerciseView } from '@council/shared';
import { mySeat, selectView, useStore } from '../../store';
import type { ForcesCommand, ForcesPicture, MapActor, MapAuthority } from './types';

export function actorOf(view: ExerciseView | null): MapActor {
  if (view?.you.isControl) return { role: 'control' };
  const seat = mySeat(view);
  switch (seat?.kind) {
    case 'saceur':
      return { role: 'saceur' };
    case 'ally':
      return seat.nation ? { role: 'ally', nation: seat.nation } : { role: 'observer' };
    case 'red':
      return { role: 'red' };
    default:
      return { role: 'observer' };
  }
}

/** Forces orders are root commands under their own names (alertUnit, deployUnit, …). */
export const toCommand = (command: ForcesCommand): Command => command;

export interface ForcesData {
  readonly view: ExerciseView | null;
  readonly forces: ForcesPicture | null;
  readonly actor: MapActor;
  readonly authority: MapAuthority;
  readonly ordersOpen: boolean;
}

/** As the rules say (engine/forces/actor): in the decision phase of a running exercise; Control until the end. */
export function ordersOpenIn(view: ExerciseView | null): boolean {
  if (!view) return false;
  const { status, phase } = view.clock;
  return (status === 'running' && phase === 'decision') || (view.you.isControl && status !== 'ended');
}

export function useForces(): ForcesData {
  const view = useStore(selectView);
  return useMemo(() => {
    const forces = view?.forces ?? null;
    return {
      view,
      forces,
      actor: actorOf(view),
      authority: forces?.authority ?? NO_AUTHORITY,
      ordersOpen: forces !== null && ordersOpenIn(view),
    };
  }, [view]);
}
