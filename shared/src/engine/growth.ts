// Which arrays grew from which: a channel's history is copied with one more message on every
// post, and whoever compares the two copies (the view's message list, a seat's patch) can then
// tell that one extends the other without walking the whole history.

/**
 * Arrays made by appending to another (next → the array it extends): see `grownFrom`. Held
 * weakly both ways, so a long history does not keep every earlier copy of itself alive.
 */
const appended = new WeakMap<readonly unknown[], WeakRef<readonly unknown[]>>();

/**
 * Records that `next` is `prev` with items added at the end, so a diff between them is an append
 * found without comparing every earlier item (a channel's history grows by one message a post).
 */
export function grownFrom<T>(next: readonly T[], prev: readonly T[]): readonly T[] {
  appended.set(next, new WeakRef(prev));
  return next;
}

/** Whether `next` extends `prev` (the items of prev, in order, then more). */
export function extendsArray(prev: readonly unknown[], next: readonly unknown[]): boolean {
  if (next.length <= prev.length) return false;
  for (let from = appended.get(next)?.deref(); from !== undefined; from = appended.get(from)?.deref()) {
    if (from === prev) return true;
    if (from.length < prev.length) break;
  }
  for (let i = 0; i < prev.length; i++) if (prev[i] !== next[i]) return false;
  return true;
}
