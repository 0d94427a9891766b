// Playing the exercise: the tab shown, one game command in flight at a time, and a refused command.
import type { StateCreator } from 'zustand';
import type { Command } from '@council/shared';
import { failure } from './failure';
import { currentSession } from './sessionSlice';
import type { AppError, CommandOutcome, OrderMenuAsk, OrderMenuOutcome } from './types';
import type { Store } from './store';

/** Regions of the exercise screen; which ones a reader gets depends on the seat. */
export const EXERCISE_TABS = [
  'council',
  'negotiation',
  'situation',
  'map',
  'channels',
  'console',
  'seats',
  'review',
] as const;
export type ExerciseTab = (typeof EXERCISE_TABS)[number];

export interface CommandSlice {
  /** The tab the reader chose; null until they choose one (the screen then picks for the seat). */
  exerciseTab: ExerciseTab | null;
  /** The command waiting for the server's answer. */
  pendingCommand: Command | null;
  /** The last command the server refused, and why. */
  commandError: { readonly error: AppError; readonly command: Command } | null;
  setExerciseTab(tab: ExerciseTab): void;
  /** Sends a game command; true when the server accepted it. */
  sendCommand(command: Command): Promise<boolean>;
  clearCommandError(): void;
  /** Asks the server for the seat's forces order menu (not in the view: ADR 0014). */
  /** The seat's order menu; naming a unit adds when each of its orders would arrive (ADR 0018). */
  fetchOrderMenu(asked?: OrderMenuAsk): Promise<OrderMenuOutcome>;
}

const offline: CommandOutcome = { ok: false, code: 'NETWORK', message: 'Not connected.' };

export const createCommandSlice: StateCreator<Store, [], [], CommandSlice> = (set, get) => ({
  exerciseTab: null,
  pendingCommand: null,
  commandError: null,

  setExerciseTab(tab) {
    set({ exerciseTab: tab });
  },

  async sendCommand(command) {
    if (get().pendingCommand) return false;
    set({ pendingCommand: command, commandError: null });
    const session = currentSession();
    const reply = session ? await session.sendCommand(command) : offline;
    // A session closed meanwhile (the reader left) has nothing more to say.
    if (currentSession() !== session) return false;
    set({ pendingCommand: null });
    if (!reply.ok) set({ commandError: { error: failure(reply), command } });
    return reply.ok;
  },

  clearCommandError() {
    set({ commandError: null });
  },

  async fetchOrderMenu(asked = null) {
    const session = currentSession();
    return session ? session.orderMenu(asked) : { ok: false, code: 'NETWORK', message: 'Not connected.' };
  },
});
