// What the map reads from the store: the seat's forces picture. What the seat may order comes from
// the server's menu (useOrderMenu); the client keeps no copy of the forces rules.
import { useMemo } from 'react';
import type { Command, ExerciseView } from '@council/shared';
import { selectView, useStore } from '../../store';
import type { ForcesCommand, ForcesPicture } from './types';

/** Forces orders are root commands under their own names (alertUnit, deployUnit, …). */
export const toCommand = (command: ForcesCommand): Command => command;

export interface ForcesData {
  readonly view: ExerciseView | null;
  readonly forces: ForcesPicture | null;
}

export function useForces(): ForcesData {
  const view = useStore(selectView);
  return useMemo(() => ({ view, forces: view?.forces ?? null }), [view]);
}
