// Sends each connection the view its seat may see; nothing else about the game leaves the server.
import type { Client } from '@colyseus/core';
import { SERVER_MESSAGES, viewFor, type Actor, type ExerciseState, type Presence } from '@council/shared';

export function presenceOf(clients: Iterable<Client>): Presence {
  const connectedSeats = new Set<string>();
  let controlConnections = 0;
  for (const client of clients) {
    const actor = client.userData as Actor | undefined;
    if (!actor) continue;
    if (actor.isControl) controlConnections++;
    if (actor.seatId) connectedSeats.add(actor.seatId);
  }
  return { connectedSeats, controlConnections };
}

export function publishViews(state: ExerciseState, clients: Iterable<Client>): void {
  const list = [...clients];
  const presence = presenceOf(list);
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
