// Sends each connection the view its seat may see; nothing else about the game leaves the server.
import type { Client } from '@colyseus/core';
import {
  SERVER_MESSAGES,
  viewFor,
  type Actor,
  type ControlMemberView,
  type ExerciseState,
  type Presence,
} from '@council/shared';

export function presenceOf(
  clients: Iterable<Client>,
  lastActedAt: ReadonlyMap<string, string> = new Map(),
): Presence {
  const connectedSeats = new Set<string>();
  let controlConnections = 0;
  const controlTeam: ControlMemberView[] = [];
  for (const client of clients) {
    const actor = client.userData as Actor | undefined;
    if (!actor) continue;
    if (actor.isControl) {
      controlConnections++;
      const role = actor.controlRole ?? 'lead';
      controlTeam.push({ name: actor.controlName ?? 'Control', role });
    }
    if (actor.seatId) connectedSeats.add(actor.seatId);
  }
  // The lead first, then by name, so the list does not shuffle as people reconnect.
  controlTeam.sort((a, b) => (a.role === b.role ? a.name.localeCompare(b.name) : a.role === 'lead' ? -1 : 1));
  return { connectedSeats, controlConnections, controlTeam, lastActedAt };
}

export function publishViews(
  state: ExerciseState,
  clients: Iterable<Client>,
  lastActedAt?: ReadonlyMap<string, string>,
): void {
  const list = [...clients];
  const presence = presenceOf(list, lastActedAt);
  // Connections with the same seat (several Control screens, unseated onlookers) see the same view:
  // build it once per publish, since a Control view with forces costs tens of milliseconds.
  const views = new Map<string, ReturnType<typeof viewFor>>();
  for (const client of list) {
    const actor = client.userData as Actor | undefined;
    if (!actor) continue;
    const key = `${actor.isControl ? 'control' : 'seat'}:${actor.seatId ?? ''}`;
    let view = views.get(key);
    if (!view) {
      view = viewFor(state, actor, presence);
      views.set(key, view);
    }
    client.send(SERVER_MESSAGES.view, view);
  }
}
