// What each viewer sees of the console's record: ad-hoc injects only within their audience,
// broadcasts for all, and the Control team and assistant keys for Control alone.
import type { Audience } from './audience';
import type { InjectView, Presence } from './view';
import type { ExerciseState } from '../engine/state';
import { consoleAtStart } from '../control/state';

export interface BroadcastView {
  readonly id: string;
  readonly text: string;
  readonly turn: number;
  readonly gameTime: string;
  readonly at: string;
}

export interface AssistantKeyView {
  readonly keyId: string;
  readonly name: string;
  readonly issuedAt: string;
  readonly revoked: boolean;
}

export type ControlRole = 'lead' | 'assistant';

/** A Control connection in the room; kept by the server, shown to Control only. */
export interface ControlMemberView {
  readonly name: string;
  readonly role: ControlRole;
}

/** Ad-hoc injects after the scenario's, for the viewer's audience only: no other seat gets a byte. */
export function adHocInjectViews(state: ExerciseState, audience: Audience): InjectView[] {
  return (state.console ?? consoleAtStart()).adHocInjects.flatMap((inject) => {
    const sees =
      audience.isControl ||
      inject.audience === 'public' ||
      (audience.seatId !== null && inject.audience.includes(audience.seatId));
    if (!sees) return [];
    return [
      {
        id: inject.injectId,
        title: inject.title,
        text: inject.body,
        turn: inject.turn,
        gameTime: inject.gameTime,
        fired: true,
        adHoc: true,
        ...(audience.isControl
          ? { audience: inject.audience === 'public' ? 'public' : [...inject.audience] }
          : {}),
      },
    ];
  });
}

export const broadcastViews = (state: ExerciseState): BroadcastView[] =>
  (state.console ?? consoleAtStart()).broadcasts.map((b) => ({
    id: b.broadcastId,
    text: b.text,
    turn: b.turn,
    gameTime: b.gameTime,
    at: b.at,
  }));

/** Control's own room: the team, the keys issued to assistants, and when each seat last acted. */
export interface ControlRoomView {
  readonly team: readonly ControlMemberView[];
  readonly assistantKeys: readonly AssistantKeyView[];
  /** Wall time each seat's holder last had a command accepted, by seat id (since the server started). */
  readonly lastActedAt: Readonly<Record<string, string>>;
}

export function controlRoomView(
  state: ExerciseState,
  audience: Audience,
  presence: Presence,
): ControlRoomView | null {
  if (!audience.isControl) return null;
  const assistantKeys = Object.entries((state.console ?? consoleAtStart()).assistants).map(
    ([keyId, key]) => ({
      keyId,
      name: key.name,
      issuedAt: key.issuedAt,
      revoked: key.revoked,
    }),
  );
  return {
    team: presence.controlTeam ?? [],
    assistantKeys,
    lastActedAt: Object.fromEntries(presence.lastActedAt ?? []),
  };
}
