// The live connection to one exercise: its status, the latest view, and what changed.
import type { StateCreator } from 'zustand';
import type { ExerciseView } from '@council/shared';
import { describeChanges, type Announcement } from './announce';
import { followChannels } from './channelSlice';
import {
  dropRefusedControlKey,
  loadControlKey,
  loadName,
  loadSeatToken,
  saveName,
  saveSeatToken,
} from './persist';
import { transport } from './transport';
import type { AppError, ConnectionStatus, ControlRole, Session, SessionSink } from './types';
import type { Store } from './store';

export interface SessionSlice {
  exerciseCode: string | null;
  connection: ConnectionStatus;
  /** When offline: the time (epoch ms) of the next attempt. */
  retryAt: number | null;
  view: ExerciseView | null;
  /** Why the server would not let us in (stops retrying). */
  refusal: AppError | null;
  /** Unsolicited errors from the server. */
  notice: AppError | null;
  /** This connection's Control role once the server said it; null for a player or not yet known. */
  controlRole: ControlRole | null;
  /** Latest sentences for the live region; `announceId` changes each time so repeats are read. */
  announcements: readonly Announcement[];
  announceId: number;
  enterExercise(code: string): void;
  leaveExercise(): void;
  /** Control's name is sent when joining: keep the new one and join again so the team sees it. */
  renameControl(name: string): void;
}

// Not state: a handle with methods. Actions reach it; components never do.
let session: Session | null = null;
// Bumped on every enter/leave so a late callback from an old session changes nothing.
let generation = 0;
export const currentSession = () => session;

const isDown = (status: ConnectionStatus) => status === 'reconnecting' || status === 'offline';

export const createSessionSlice: StateCreator<Store, [], [], SessionSlice> = (set, get) => {
  const announce = (announcements: Announcement[]) => {
    if (announcements.length) set((s) => ({ announcements, announceId: s.announceId + 1 }));
  };

  const sinkFor = (code: string): SessionSink => {
    const mine = generation;
    const live = () => mine === generation;
    return {
      credentials() {
        return {
          controlKey: loadControlKey(code) ?? undefined,
          seatToken: loadSeatToken(code) ?? undefined,
          // The Control team sees each member by the name they last entered (ADR 0009).
          controlName: loadName().trim().slice(0, 60) || undefined,
        };
      },
      status(connection, retryInMs) {
        if (!live()) return;
        const before = get().connection;
        if (before === 'connected' && isDown(connection)) {
          announce([{ key: 'announce.connectionLost', params: {} }]);
        }
        if (isDown(before) && connection === 'connected') {
          announce([{ key: 'announce.connectionBack', params: {} }]);
        }
        set({ connection, retryAt: retryInMs === undefined ? null : Date.now() + retryInMs });
      },
      view(view) {
        if (!live()) return;
        // A token the server no longer honours (seat freed, or released by Control) is dropped.
        if (view.you.seatId === null && loadSeatToken(code)) saveSeatToken(code, null);
        const prev = get().view;
        set({ view, refusal: null, ...followChannels(get(), view) });
        announce(describeChanges(prev, view));
      },
      notice(notice) {
        if (live()) set({ notice });
      },
      controlRole(controlRole) {
        if (live()) set({ controlRole });
      },
      refused(error) {
        if (!live()) return 'stop';
        if (error.code === 'BAD_SEAT_TOKEN' && loadSeatToken(code)) {
          saveSeatToken(code, null);
          return 'retry';
        }
        if (error.code === 'BAD_CONTROL_KEY' && loadControlKey(code)) {
          dropRefusedControlKey(code);
          announce([{ key: 'announce.controlKeyRejected', params: {} }]);
          set({ notice: error });
          return 'retry';
        }
        set({ refusal: error });
        return 'stop';
      },
    };
  };

  return {
    exerciseCode: null,
    connection: 'idle',
    retryAt: null,
    view: null,
    refusal: null,
    notice: null,
    controlRole: null,
    announcements: [],
    announceId: 0,

    enterExercise(code) {
      if (session && get().exerciseCode === code) return;
      get().leaveExercise();
      generation += 1;
      set({
        exerciseCode: code,
        connection: 'connecting',
        view: null,
        refusal: null,
        notice: null,
        controlRole: null,
      });
      session = transport().openSession(code, sinkFor(code));
    },

    renameControl(name) {
      const trimmed = name.trim().slice(0, 60);
      if (!trimmed) return;
      saveName(trimmed);
      set({ displayName: trimmed });
      session?.rejoin?.();
    },

    leaveExercise() {
      generation += 1;
      session?.close();
      session = null;
      set({
        exerciseCode: null,
        connection: 'idle',
        retryAt: null,
        view: null,
        refusal: null,
        notice: null,
        controlRole: null,
        announcements: [],
        seatError: null,
        pendingSeat: null,
        exerciseTab: null,
        pendingCommand: null,
        commandError: null,
        selectedChannel: null,
        openingChannel: null,
      });
    },
  };
};
