// Taking and giving up seats: the player's name, the pending request and a refused claim.
import type { StateCreator } from 'zustand';
import { displayName } from '@council/shared';
import { loadName, saveName, saveSeatToken } from './persist';
import { failure } from './failure';
import { currentSession } from './sessionSlice';
import type { AppError, CommandOutcome } from './types';
import type { Store } from './store';

export type NameProblem = 'nameRequired' | 'nameTooLong';

export interface SeatSlice {
  displayName: string;
  /** A refused claim or release, and the seat it was about (named from the view when shown). */
  seatError: { readonly error: AppError; readonly seatId: string } | NameProblem | null;
  /** The seat a request is in flight for. */
  pendingSeat: string | null;
  setDisplayName(name: string): void;
  claimSeat(seatId: string): Promise<void>;
  releaseSeat(seatId: string): Promise<void>;
  clearSeatError(): void;
}

const offline: CommandOutcome = { ok: false, code: 'NETWORK', message: 'Not connected.' };

export const createSeatSlice: StateCreator<Store, [], [], SeatSlice> = (set, get) => {
  const run = async (seatId: string, send: () => Promise<CommandOutcome>) => {
    set({ pendingSeat: seatId, seatError: null });
    const reply = await send();
    set({ pendingSeat: null });
    if (!reply.ok) {
      set({ seatError: { error: failure(reply), seatId } });
    }
    return reply;
  };

  return {
    displayName: loadName(),
    seatError: null,
    pendingSeat: null,

    setDisplayName(name) {
      set({ displayName: name });
    },

    async claimSeat(seatId) {
      if (get().pendingSeat) return;
      const name = displayName.safeParse(get().displayName);
      if (!name.success) {
        return set({ seatError: get().displayName.trim() ? 'nameTooLong' : 'nameRequired' });
      }
      saveName(name.data);
      const code = get().exerciseCode;
      const reply = await run(
        seatId,
        () =>
          currentSession()?.sendCommand({ type: 'claimSeat', seatId, displayName: name.data }) ??
          Promise.resolve(offline),
      );
      if (reply.ok && reply.seatToken && code) saveSeatToken(code, reply.seatToken);
    },

    async releaseSeat(seatId) {
      if (get().pendingSeat) return;
      await run(
        seatId,
        () => currentSession()?.sendCommand({ type: 'releaseSeat', seatId }) ?? Promise.resolve(offline),
      );
    },

    clearSeatError() {
      set({ seatError: null });
    },
  };
};
