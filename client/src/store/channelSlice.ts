// Channels: the one being read, the one being opened, and read marks sent in the background.
import type { StateCreator } from 'zustand';
import type { Command, ExerciseView, HistoryRequest } from '@council/shared';
import { channelToFollow } from './followChannel';
import { loadDraft } from './persist';
import { currentSession } from './sessionSlice';
import type { Store } from './store';
import type { HistoryOutcome } from './types';

export interface ChannelSlice {
  /** The channel the reader has open; null until they choose (the panel then opens the first). */
  selectedChannel: string | null;
  /** Members of the channel the reader asked to open: the panel moves to it when it appears. */
  openingChannel: readonly string[] | null;
  selectChannel(channelId: string): void;
  /** Opens a channel and, once the view shows it, makes it the one being read and written to. */
  openChannel(members: readonly string[], name: string): Promise<boolean>;
  /** Sends a command nobody waits for (read marks): no pending state, refusals ignored. */
  sendQuietly(command: Command): void;
  /** Asks for a page of a channel's older messages (the view holds the recent ones). */
  fetchHistory(request: HistoryRequest): Promise<HistoryOutcome>;
}

/** Whose unsent text a draft is: drafts of one browser are kept apart per seat (or Control). */
export const draftOwner = (view: ExerciseView): string =>
  view.you.isControl ? 'control' : (view.you.seatId ?? 'reader');

export const composerDraft = (channelId: string): string => `composer:${channelId}`;

/** The channel shown: the chosen one while it is readable, else the first. */
export function shownChannel(view: ExerciseView, chosen: string | null): string | null {
  const channels = view.channels.channels;
  return (channels.find((c) => c.id === chosen) ?? channels[0])?.id ?? null;
}

/** What a new view changes in the channel being read (see followChannel). */
export function followChannels(state: Store, next: ExerciseView): Partial<ChannelSlice> {
  const prev = state.view;
  const code = state.exerciseCode;
  const current = shownChannel(next, state.selectedChannel);
  const writing =
    code !== null &&
    current !== null &&
    (loadDraft(code, `${draftOwner(next)}:${composerDraft(current)}`) ?? '').trim() !== '';
  const follow = channelToFollow({ prev, next, opening: state.openingChannel, writing });
  return follow ? { selectedChannel: follow, openingChannel: null } : {};
}

export const createChannelSlice: StateCreator<Store, [], [], ChannelSlice> = (set, get) => ({
  selectedChannel: null,
  openingChannel: null,
  selectChannel(channelId) {
    set({ selectedChannel: channelId });
  },
  async fetchHistory(request) {
    const session = currentSession();
    return session ? session.history(request) : { ok: false, code: 'NETWORK', message: 'Not connected.' };
  },
  async openChannel(members, name) {
    // Set before sending: the view with the new channel may arrive before the reply.
    set({ openingChannel: members });
    const ok = await get().sendCommand({
      type: 'openChannel',
      members: [...members],
      ...(name ? { name } : {}),
    });
    if (!ok) set({ openingChannel: null });
    return ok;
  },
  sendQuietly(command) {
    void currentSession()?.sendCommand(command);
  },
});
