// Which channel the reader should be moved to when channels appear in a new view: the one they just
// opened (always), or one they were added to while nothing was being written in the open one.
import type { ExerciseView } from '@council/shared';

export interface FollowInput {
  readonly prev: ExerciseView | null;
  readonly next: ExerciseView;
  /** Members of the channel the reader asked to open, waiting for it to appear. */
  readonly opening: readonly string[] | null;
  /** Whether the composer of the channel now open holds unsent text. */
  readonly writing: boolean;
}

const sameMembers = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id) => b.includes(id));

export function channelToFollow({ prev, next, opening, writing }: FollowInput): string | null {
  if (!prev) return null;
  const known = new Set(prev.channels.channels.map((c) => c.id));
  const fresh = next.channels.channels.filter((c) => !known.has(c.id));
  if (fresh.length === 0) return null;
  const mine = opening ? fresh.find((c) => sameMembers(c.members, opening)) : undefined;
  if (mine) return mine.id;
  if (writing) return null;
  const me = next.you.seatId;
  const added = fresh.find((c) => c.canPost && me !== null && c.members.includes(me));
  return added?.id ?? null;
}
