// The one client store, assembled from slices; actions work outside React via useStore.getState().
import { create } from 'zustand';
import { createChannelSlice, type ChannelSlice } from './channelSlice';
import { createCommandSlice, type CommandSlice } from './commandSlice';
import { createHomeSlice, type HomeSlice } from './homeSlice';
import { createPrefsSlice, type PrefsSlice } from './prefsSlice';
import { createRouteSlice, type RouteSlice } from './routeSlice';
import { createSeatSlice, type SeatSlice } from './seatSlice';
import { createSessionSlice, type SessionSlice } from './sessionSlice';

export type Store = PrefsSlice &
  RouteSlice &
  HomeSlice &
  SessionSlice &
  SeatSlice &
  CommandSlice &
  ChannelSlice;

export const useStore = create<Store>()((...args) => ({
  ...createPrefsSlice(...args),
  ...createRouteSlice(...args),
  ...createHomeSlice(...args),
  ...createSessionSlice(...args),
  ...createSeatSlice(...args),
  ...createCommandSlice(...args),
  ...createChannelSlice(...args),
}));
