// Bots play on after a restart without waiting for a person: the server reopens the room of every
// exercise that has seats handed to bots and has not ended. The room keeps itself open while its
// bots have a game to play (ExerciseRoom.keepOpenForBots), and closes as usual once they have not.
import { matchMaker, type Presence } from '@colyseus/core';
import { PROTOCOL_VERSION } from '@council/shared';
import type { ExerciseStore } from '../store/exercises';

/** How long one process holds the right to reopen an exercise, so that two never both do. */
const CLAIM_SECONDS = 60;

export async function reopenBotRooms(
  store: ExerciseStore,
  presence: Presence,
  roomName: string,
): Promise<string[]> {
  const reopened: string[] = [];
  for (const code of await store.codesWithBots()) {
    try {
      // With several processes behind Redis, the first to count 1 reopens the room; the others skip.
      const claim = `council:reopen:${code}`;
      if ((await presence.incr(claim)) !== 1) continue;
      await presence.expire(claim, CLAIM_SECONDS);
      if ((await matchMaker.query({ name: roomName, code } as never)).length > 0) continue;
      await matchMaker.createRoom(roomName, { code, protocolVersion: PROTOCOL_VERSION });
      reopened.push(code);
    } catch (error) {
      console.error(`exercise ${code}: could not reopen its room for its bots`, error);
    }
  }
  return reopened;
}
