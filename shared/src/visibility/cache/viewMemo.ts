// Keeps each view section until an input it reads changes. State slices are immutable and evolve
// shares the untouched ones, so comparing inputs by reference is exact: a command that only touches
// the channels rebuilds no council, forces or negotiation sections, and unchanged sections keep
// their identity, which is what lets the server send a seat only the parts that changed.

export interface SectionMemo {
  /**
   * The value computed for `key` the last time, if every one of `deps` is the same (===) as then;
   * otherwise computes it, handing over the previous value (so a growing list can be extended)
   * and the inputs it was computed from.
   */
  get<T>(
    key: string,
    deps: readonly unknown[],
    compute: (previous?: T, previousDeps?: readonly unknown[]) => T,
  ): T;
  /** `${part}:${who}`, the same string object every time (see ViewMemo.key). */
  key(part: string, who: string): string;
  /**
   * The list given last time under `name` if this one holds the same values (===), else this one:
   * sections that depend on a whole list of slices then compare one reference instead of each.
   */
  same(name: string, deps: readonly unknown[]): readonly unknown[];
}

/** No memory: every section is computed afresh (tests, review, one-off views). */
export const FRESH: SectionMemo = {
  get: (_key, _deps, compute) => compute(),
  key: (part, who) => `${part}:${who}`,
  same: (_name, deps) => deps,
};

/** One per exercise (the room keeps it): the last value of each section for each viewer. */
export class ViewMemo implements SectionMemo {
  private readonly entries = new Map<
    string,
    { readonly deps: readonly unknown[]; readonly value: unknown }
  >();

  /** Keys by part, then by viewer or channel: built once, so looking one up needs no fresh hash. */
  private readonly keys = new Map<string, Map<string, string>>();

  /**
   * A key made afresh (`${part}:${who}`) is a new string whose hash V8 must compute on every
   * look-up; a publish looks up a few hundred keys per viewer, so each is made once per room.
   */
  key(part: string, who: string): string {
    let byWho = this.keys.get(part);
    if (!byWho) this.keys.set(part, (byWho = new Map()));
    let key = byWho.get(who);
    if (key === undefined) byWho.set(who, (key = `${part}:${who}`));
    return key;
  }

  private readonly lastList = new Map<string, readonly unknown[]>();
  private readonly canonical = new WeakMap<readonly unknown[], readonly unknown[]>();

  same(name: string, deps: readonly unknown[]): readonly unknown[] {
    const known = this.canonical.get(deps);
    if (known) return known;
    const last = this.lastList.get(name);
    const result = last && sameDeps(last, deps) ? last : deps;
    this.lastList.set(name, result);
    this.canonical.set(deps, result);
    return result;
  }

  get<T>(
    key: string,
    deps: readonly unknown[],
    compute: (previous?: T, previousDeps?: readonly unknown[]) => T,
  ): T {
    const hit = this.entries.get(key);
    if (hit && sameDeps(hit.deps, deps)) return hit.value as T;
    const value = compute(hit?.value as T | undefined, hit?.deps);
    this.entries.set(key, { deps, value });
    return value;
  }
}

function sameDeps(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Viewers with equal keys are shown the same view. Every field of the actor counts (a role or
 * a name added later included), so two connections share a view only if nothing tells them apart.
 */
export function viewerKey(viewer: object): string {
  let key = viewerKeys.get(viewer);
  if (key === undefined) {
    key = JSON.stringify(
      Object.entries(viewer)
        .filter(([, value]) => value !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : 1)),
    );
    viewerKeys.set(viewer, key);
  }
  return key;
}

/** Actors are immutable (a seat change makes a new one), so each one's key is worked out once. */
const viewerKeys = new WeakMap<object, string>();
