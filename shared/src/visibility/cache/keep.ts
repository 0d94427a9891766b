// The keeper the cached view hands to sections: values by the identity of the state slices they were
// built from. Slices are immutable and dropped with the states that hold them, so nothing here goes
// stale and nothing outlives its state.
import type { Keep } from '../reuse';

interface Node {
  readonly next: WeakMap<object, Node>;
  values?: Map<string, unknown>;
}

const root: Node = { next: new WeakMap() };

/** One keeper for the process: every room's views share the parts their states share (a scenario's legs). */
export const keepByIdentity: Keep = <T>(owners: readonly object[], key: string, build: () => T): T => {
  let node = root;
  for (const owner of owners) {
    let child = node.next.get(owner);
    if (!child) node.next.set(owner, (child = { next: new WeakMap() }));
    node = child;
  }
  const values = (node.values ??= new Map());
  if (values.has(key)) return values.get(key) as T;
  const value = build();
  values.set(key, value);
  return value;
};
