// What changed in a seat's view since the one it last received, and how a client applies it.
// A patch is built only from the seat's new view (every value in it is one the seat may see), so
// patches keep the rule of docs/decisions/0002: visibility is decided by viewFor alone.
// Unchanged parts are found by reference (see viewMemo.ts), so diffing costs what changed.
import { extendsArray } from '../engine/growth';
import type { ExerciseView } from './view';

export type PatchPath = readonly (string | number)[];

/** `v` sets the value at the path, `a` appends items to the array there, `d` deletes the key. */
export type ViewPatchOp =
  | { readonly p: PatchPath; readonly v: unknown }
  | { readonly p: PatchPath; readonly a: readonly unknown[] }
  | { readonly p: PatchPath; readonly d: 1 };

/** Message `patch`: the changes turning view number n − 1 of this connection into view n. */
export interface ViewPatch {
  readonly n: number;
  readonly ops: readonly ViewPatchOp[];
}

/** Reply to `sync`: the whole view, numbered; the next patch is number n + 1. */
export interface ViewSync {
  readonly n: number;
  readonly view: ExerciseView;
}

type Json = Record<string, unknown>;
const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The operations that turn `prev` into `next` (views are plain JSON-like data). */
export function diffView(prev: unknown, next: unknown): ViewPatchOp[] {
  const ops: ViewPatchOp[] = [];
  diffInto(prev, next, [], ops);
  return ops;
}

/**
 * `path` is one array for the whole walk, grown and shrunk as it goes down and back up: an op
 * takes a copy. Building a path per level visited was a sixth of the server's allocation.
 */
function diffInto(prev: unknown, next: unknown, path: (string | number)[], ops: ViewPatchOp[]): void {
  if (prev === next) return;
  if (Array.isArray(prev) && Array.isArray(next)) {
    if (prev.length === next.length) {
      // Most items are the same objects: compare before going down into one.
      for (let i = 0; i < next.length; i++) {
        if (prev[i] === next[i]) continue;
        path.push(i);
        diffInto(prev[i], next[i], path, ops);
        path.pop();
      }
    } else if (extendsArray(prev, next)) {
      // Histories grow at the end (messages, reports): send only the new items.
      ops.push({ p: path.slice(), a: next.slice(prev.length) });
    } else {
      ops.push({ p: path.slice(), v: next });
    }
    return;
  }
  if (isRecord(prev) && isRecord(next)) {
    // for…in rather than Object.keys: views are plain objects, and no key array is made per level.
    for (const key in prev) {
      if (prev[key] !== undefined && next[key] === undefined) ops.push({ p: [...path, key], d: 1 });
    }
    for (const key in next) {
      const value = next[key];
      if (value === undefined) continue;
      const was = prev[key];
      if (was === value) continue;
      if (was === undefined) ops.push({ p: [...path, key], v: value });
      else {
        path.push(key);
        diffInto(was, value, path, ops);
        path.pop();
      }
    }
    return;
  }
  if (Number.isNaN(prev) && Number.isNaN(next)) return;
  ops.push({ p: path.slice(), v: next });
}

/**
 * A new view with the operations applied; the given view is left untouched and every part the
 * patch does not reach keeps its identity (so the interface re-renders only what changed).
 */
export function applyViewPatch<T>(view: T, ops: readonly ViewPatchOp[]): T {
  const copies = new WeakSet<object>();
  const own = <C extends object>(value: C): C => {
    if (copies.has(value)) return value;
    const copy = (Array.isArray(value) ? [...value] : { ...value }) as C;
    copies.add(copy);
    return copy;
  };
  let root: unknown = view;
  for (const op of ops) {
    if (op.p.length === 0 && 'v' in op) {
      root = op.v;
      continue;
    }
    root = own(asContainer(root, op.p, 0));
    let parent = root as Json;
    const last = op.p.length - 1;
    for (let i = 0; i < last; i++) {
      const key = op.p[i]!;
      const child = own(asContainer(parent[key], op.p, i + 1));
      parent[key] = child;
      parent = child as Json;
    }
    const key = op.p[last]!;
    if ('v' in op) parent[key] = op.v;
    else if ('d' in op) delete parent[key];
    else {
      const target = op.p.length === 0 ? root : parent[key];
      if (!Array.isArray(target)) throw new Error(`patch appends to a non-array at ${op.p.join('.')}`);
      const grown = [...target, ...op.a];
      if (op.p.length === 0) root = grown;
      else parent[key] = grown;
    }
  }
  return root as T;
}

function asContainer(value: unknown, path: PatchPath, depth: number): object {
  if (typeof value !== 'object' || value === null) {
    throw new Error(`patch path ${path.join('.')} does not exist at ${depth}`);
  }
  return value;
}

/**
 * A client's copy of its view: whole from a `sync` reply, then patched in number order. Patches
 * that arrive before the reply is handled are held and applied after it; a missing number means
 * something was lost, and the owner must ask for `sync` again (`onPatch` returns 'resync').
 */
export class ViewFollower {
  private current: ViewSync | null = null;
  private held: ViewPatch[] = [];

  get view(): ExerciseView | null {
    return this.current?.view ?? null;
  }

  /** The reply to `sync`; returns the view with any patches that came after it applied. */
  onSync(reply: ViewSync): ExerciseView {
    this.current = reply;
    const held = this.held.filter((p) => p.n > reply.n).sort((a, b) => a.n - b.n);
    this.held = [];
    for (const patch of held) if (this.onPatch(patch) !== 'applied') break;
    return this.current.view;
  }

  onPatch(patch: ViewPatch): 'applied' | 'stale' | 'held' | 'resync' {
    const current = this.current;
    if (!current) {
      // Waiting for the sync reply: keep a few patches, they may follow it.
      if (this.held.length < MAX_HELD) this.held.push(patch);
      return 'held';
    }
    if (patch.n <= current.n) return 'stale';
    if (patch.n !== current.n + 1) return this.lost();
    try {
      this.current = { n: patch.n, view: applyViewPatch(current.view, patch.ops) };
    } catch {
      return this.lost();
    }
    return 'applied';
  }

  private lost(): 'resync' {
    this.current = null;
    this.held = [];
    return 'resync';
  }
}

const MAX_HELD = 64;

export const isViewSync = (value: unknown): value is ViewSync =>
  isRecord(value) &&
  typeof value.n === 'number' &&
  isRecord(value.view) &&
  'seats' in value.view &&
  'you' in value.view;

export const isViewPatch = (value: unknown): value is ViewPatch =>
  isRecord(value) && typeof value.n === 'number' && Array.isArray(value.ops);
