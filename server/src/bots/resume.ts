// Bots play on after a restart without waiting for a person: the server reopens the room of every
// exercise that has seats handed to bots and has not ended. The room keeps itself open while its
// bots have a game to play (ExerciseRoom.keepOpenForBots), and closes as usual once they have not.
import { matchMaker } from '@colyseus/core';
import { PROTOCOL_VERSION } from '@council/shared';
import type { ExerciseStore } from '../store/exercises';

/**
 * Reopens rooms through matchmaking, as a player's join would: a room already listed for the code,
 * on any process, is left alone, and of two processes racing to open one, the room listings keep
 * only the first (scaleout/exerciseRoomDriver.ts): the other is discarded before it plays.
 */
export async function reopenBotRooms(store: ExerciseStore, roomName: string): Promise<string[]> {
  const reopened: string[] = [];
  for (const code of await store.codesWithBots()) {
    try {
      if (await matchMaker.findOneRoomAvailable(roomName, { code })) continue;
      await matchMaker.createRoom(roomName, { code, protocolVersion: PROTOCOL_VERSION });
      reopened.push(code);
    } catch (error) {
      // Another process opened it first: that room plays the bots.
      if (await matchMaker.findOneRoomAvailable(roomName, { code }).catch(() => null)) continue;
      const reason = error instanceof Error ? error.message : String(error);
      console.error(`exercise ${code}: could not reopen its room for its bots: ${reason}`);
    }
  }
  return reopened;
}
