// e. The view each connection holds, built as the server builds it (one ViewPublisher with its
// section memo, a whole view on `sync`, then patches the client applies), must equal `viewFor` of
// the state replayed from the stored log, computed afresh with no memo.
//
// Checked in two steps that together give it at every publish, at a cost a test run can afford:
// the replayed state equals the live one (both share their unchanged parts from one command to the
// next, so the comparison costs what changed), and each connection's copy equals `viewFor` of the
// live state with no memo (every connection as a turn starts, a few in turn otherwise). As each turn
// starts, every copy is also compared with `viewFor` of the replayed state itself.
import { isDeepStrictEqual } from 'node:util';
import {
  LogFold,
  SERVER_MESSAGES,
  ViewFollower,
  cachedViewFor,
  initialState,
  viewFor,
  type Actor,
  type ExerciseCreated,
  type ExerciseState,
  type ExerciseView,
  type GameEvent,
  type ViewPatch,
} from '@council/shared';
import { unpackMultiple } from 'msgpackr';
import { ViewPublisher, presenceOf } from '../../../server/src/sync/publish';
import { InvariantBroken } from './invariants';

/** A room's connection, as the publisher reads it: the actor it holds and where patches go. */
type Client = Parameters<ViewPublisher['sync']>[1];

/** Between turn starts, one connection in this many is compared at each publish, in turn. */
const STRIDE = 6;

interface Connection {
  readonly name: string;
  readonly client: Client;
  readonly follower: ViewFollower;
  /** Whether the last publish sent this connection a patch. */
  patched: boolean;
}

/** Every seat of the scenario connected once, the lead and an assistant Control, and a lobby guest. */
function actorsOf(state: ExerciseState): { name: string; actor: Actor }[] {
  return [
    ...state.scenario.seats
      .filter((s) => s.kind !== 'control')
      .map((s) => ({ name: s.id, actor: { seatId: s.id, isControl: false } })),
    { name: 'control', actor: { seatId: null, isControl: true } },
    {
      name: 'assistant',
      actor: {
        seatId: null,
        isControl: true,
        controlRole: 'assistant' as const,
        controlKeyId: 'assistant-1',
        controlName: 'Assistant',
      },
    },
    { name: 'guest', actor: { seatId: null, isControl: false } },
  ];
}

export class PublishedViews {
  private readonly publisher = new ViewPublisher();
  private readonly connections: Connection[];
  /** The store's copy of the log, folded afresh: what a restarted server would rebuild. */
  private readonly fold: LogFold;
  private stored = 1;
  private publishes = 0;
  private turns = 0;
  private readonly equal = new JsonEquality();
  compared = 0;

  constructor(created: ExerciseCreated, state: ExerciseState) {
    this.fold = new LogFold(initialState(asStored(created)));
    this.connections = actorsOf(state).map(({ name, actor }) => {
      const connection: Connection = {
        name,
        follower: new ViewFollower(),
        patched: false,
        client: {
          userData: actor,
          // A patch arrives framed as the server sends it: the code, the type, then msgpack.
          enqueueRaw: (frame: Uint8Array) => {
            const [type, message] = unpackMultiple(frame.subarray(1)) as [string, unknown];
            if (type !== SERVER_MESSAGES.patch) return;
            const outcome = connection.follower.onPatch(message as ViewPatch);
            if (outcome !== 'applied') throw new InvariantBroken('e', `${name}: patch ${outcome}`);
            connection.patched = true;
          },
        } as unknown as Client,
      };
      return connection;
    });
    for (const c of this.connections) this.resync(c, state);
  }

  private get clients(): Client[] {
    return this.connections.map((c) => c.client);
  }

  private resync(c: Connection, state: ExerciseState): void {
    c.follower.onSync(this.publisher.sync(state, c.client, this.clients));
  }

  /**
   * After a command: the live state's changes go out as the server sends them and the connections
   * apply them; then the checks above. Returns each connection's copy, by name, for other checks.
   */
  publish(
    state: ExerciseState,
    log: readonly GameEvent[],
    options: { readonly reconnect: number | null; readonly turnStarts: boolean },
  ): Map<string, ExerciseView> {
    for (; this.stored < log.length; this.stored++) this.fold.push(asStored(log[this.stored]!));
    const replayed = this.fold.state;
    if (!this.equal.same(replayed, state))
      throw new InvariantBroken(
        'e',
        `the replayed log differs from the live state: ${firstDifference(state, replayed)}`,
      );
    for (const c of this.connections) c.patched = false;
    this.publisher.publish(state, this.clients);
    // Now and then a connection drops and asks for its whole view again, from the warm memo.
    if (options.reconnect !== null)
      this.resync(this.connections[options.reconnect % this.connections.length]!, state);
    const presence = presenceOf(this.clients);
    const held = new Map<string, ExerciseView>();
    this.publishes++;
    if (options.turnStarts) this.turns++;
    this.connections.forEach((c, i) => {
      const view = c.follower.view;
      if (!view) throw new InvariantBroken('e', `${c.name} holds no view`);
      held.set(c.name, view);
      const actor = c.client.userData as Actor;
      if (options.turnStarts) {
        this.compare(c, view, cachedViewFor(replayed, actor, presence), 'the replayed log');
        // `viewFor` itself shares nothing, not even the forces timeline between seats: one a turn.
        if ((this.turns + i) % this.connections.length === 0)
          this.compare(c, view, viewFor(replayed, actor, presence), 'the replayed log, sharing nothing');
      } else if ((this.publishes + i) % STRIDE === 0)
        this.compare(c, view, cachedViewFor(state, actor, presence), 'the state, with no memo');
    });
    return held;
  }

  private compare(c: Connection, view: ExerciseView, pure: ExerciseView, of: string): void {
    this.compared++;
    // A connection is sent nothing when only the log position moved (publish.ts): its seq may lag.
    if (!this.equal.same({ ...view, seq: 0 }, { ...pure, seq: 0 }))
      throw new InvariantBroken(
        'e',
        `${c.name}'s view differs from viewFor of ${of}: ${firstDifference({ ...view, seq: 0 }, { ...pure, seq: 0 })}`,
      );
    if (c.patched && view.seq !== pure.seq)
      throw new InvariantBroken('e', `${c.name} was patched to seq ${view.seq}, the log is at ${pure.seq}`);
  }

  /** The replayed state, for checks that read it rather than the live one. */
  get replayed(): ExerciseState {
    return this.fold.state;
  }
}

/** An event as the store gives it back: written as JSON and read again. */
const asStored = <T>(event: T): T => JSON.parse(JSON.stringify(event)) as T;

/**
 * Equality of JSON-like values as they read off the wire or out of the store: key order aside, a
 * key whose value is undefined counts as absent. States and views are immutable and share their
 * unchanged parts from one command to the next, so two objects once found equal stay equal: the
 * pairs are remembered, and each comparison costs what changed since the last.
 */
class JsonEquality {
  private readonly known = new WeakMap<object, WeakSet<object>>();

  same(a: unknown, b: unknown): boolean {
    if (a === b) return true;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
    if (this.known.get(a)?.has(b)) return true;
    const equal = Array.isArray(a)
      ? Array.isArray(b) && a.length === b.length && a.every((x, i) => this.same(x, b[i]))
      : !Array.isArray(b) && this.sameRecords(a as Record<string, unknown>, b as Record<string, unknown>);
    if (equal) {
      let pairs = this.known.get(a);
      if (!pairs) this.known.set(a, (pairs = new WeakSet()));
      pairs.add(b);
    }
    return equal;
  }

  private sameRecords(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
    let keys = 0;
    for (const key in a) {
      if (a[key] === undefined) continue;
      keys++;
      if (!this.same(a[key], b[key])) return false;
    }
    for (const key in b) if (b[key] !== undefined) keys--;
    return keys === 0;
  }
}

/** The path and values of the first place two JSON-like values differ, for the failure message. */
export function firstDifference(a: unknown, b: unknown, path = ''): string {
  const [x, y] = [
    JSON.parse(JSON.stringify(a ?? null)) as unknown,
    JSON.parse(JSON.stringify(b ?? null)) as unknown,
  ];
  if (isDeepStrictEqual(x, y)) return '(none)';
  if (typeof x === 'object' && x && typeof y === 'object' && y) {
    const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
    for (const key of keys) {
      const [u, v] = [(x as Record<string, unknown>)[key], (y as Record<string, unknown>)[key]];
      if (!isDeepStrictEqual(u, v)) return firstDifference(u, v, `${path}.${key}`);
    }
  }
  const show = (v: unknown) => JSON.stringify(v)?.slice(0, 300);
  return `${path || '(root)'}: ${show(x)} against ${show(y)}`;
}
