// Channels: the one being read, and read marks sent in the background (never blocking other commands).
import type { StateCreator } from 'zustand';
import type { Command } from '@council/shared';
import { currentSession } from './sessionSlice';
import type { Store } from './store';

export interface ChannelSlice {
  /** The channel the reader has open; null until they choose (the panel then opens the first). */
  selectedChannel: string | null;
  selectChannel(channelId: string): void;
  /** Sends a command nobody waits for (read marks): no pending state, refusals ignored. */
  sendQuietly(command: Command): void;
}

export const createChannelSlice: StateCreator<Store, [], [], ChannelSlice> = (set) => ({
  selectedChannel: null,
  selectChannel(channelId) {
    set({ selectedChannel: channelId });
  },
  sendQuietly(command) {
    void currentSession()?.sendCommand(command);
  },
});
