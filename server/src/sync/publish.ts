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
  for (const client of list) {
    const actor = client.userData as Actor | undefined;
    if (actor) client.send(SERVER_MESSAGES.view, viewFor(state, actor, presence));
  }
}
