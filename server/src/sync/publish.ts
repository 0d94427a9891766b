// Sends each connection the view its seat may see; nothing else about the game leaves the server.
// A connection gets its whole view once (the reply to `sync`), then numbered patches holding only
// the sections that changed since what it last received (docs/decisions/0011-view-patches.md).
import { getMessageBytes, Protocol, type Client } from '@colyseus/core';
import {
  SERVER_MESSAGES,
  ViewMemo,
  diffView,
  sameBeyondSeq,
  cachedViewFor,
  viewerKey,
  type Actor,
  type ControlMemberView,
  type ExerciseState,
  type ExerciseView,
  type Presence,
  type ViewPatch,
  type ViewPatchOp,
  type ViewSync,
} from '@council/shared';
import { PatchEncoder } from './patchBytes';

export function presenceOf(
  clients: Iterable<Client>,
  lastActedAt: ReadonlyMap<string, string> = new Map(),
): Presence {
  const connectedSeats = new Set<string>();
  let controlConnections = 0;
  const controlTeam: ControlMemberView[] = [];
  for (const client of clients) {
    const actor = client.userData as Actor | undefined;
    if (!actor) continue;
    if (actor.isControl) {
      controlConnections++;
      const role = actor.controlRole ?? 'lead';
      controlTeam.push({ name: actor.controlName ?? 'Control', role });
    }
    if (actor.seatId) connectedSeats.add(actor.seatId);
  }
  // The lead first, then by name, so the list does not shuffle as people reconnect.
  controlTeam.sort((a, b) => (a.role === b.role ? a.name.localeCompare(b.name) : a.role === 'lead' ? -1 : 1));
  return { connectedSeats, controlConnections, controlTeam, lastActedAt };
}

/** The presence a publish was given, kept while the same connections hold the same actors. */
interface KnownPresence {
  readonly clients: readonly Client[];
  readonly actors: readonly unknown[];
  readonly lastActedAt: ReadonlyMap<string, string> | undefined;
  readonly presence: Presence;
}

/** Any op but the log position's own: a section of the view the seat reads changed. */
const isVisibleChange = (op: ViewPatchOp): boolean => op.p.length !== 1 || op.p[0] !== 'seq';

/** A patch framed as Colyseus frames a message (`client.send` does the same, once per connection). */
const framePatch = (encoder: PatchEncoder, patch: ViewPatch): Uint8Array =>
  (
    getMessageBytes.raw as (
      code: number,
      type: string,
      message: undefined,
      rawMessage: Uint8Array,
    ) => Uint8Array
  )(Protocol.ROOM_DATA, SERVER_MESSAGES.patch, undefined, encoder.encode(patch));

/** What a connection holds: the number and the view of the last thing we sent it (kept up to date in place). */
interface Sent {
  n: number;
  view: ExerciseView;
}

/** One per room: remembers the sections it built and what each connection last received. */
export class ViewPublisher {
  private readonly memo = new ViewMemo();
  /** Patches' bytes, with each shared value (a posted message) encoded once for every seat. */
  private readonly encoder = new PatchEncoder();
  private readonly sent = new WeakMap<Client, Sent>();

  private known: KnownPresence | null = null;

  /**
   * `presenceOf`, once per change of who is connected as whom rather than once per publish: the
   * same object also lets the seat list's presence key be found, not rebuilt. Its `lastActedAt`
   * is the session's own map, read afresh by whoever reads it.
   */
  private presenceOf(list: readonly Client[], lastActedAt?: ReadonlyMap<string, string>): Presence {
    const known = this.known;
    if (
      known &&
      known.lastActedAt === lastActedAt &&
      known.clients.length === list.length &&
      list.every((client, i) => client === known.clients[i] && client.userData === known.actors[i])
    )
      return known.presence;
    const presence = presenceOf(list, lastActedAt);
    this.known = { clients: list, actors: list.map((c) => c.userData as unknown), lastActedAt, presence };
    return presence;
  }

  /** The whole view for a connection that asks (`sync`): the base its later patches apply to. */
  sync(
    state: ExerciseState,
    client: Client,
    clients: Iterable<Client>,
    lastActedAt?: ReadonlyMap<string, string>,
  ): ViewSync {
    const view = cachedViewFor(state, client.userData as Actor, presenceOf(clients, lastActedAt), this.memo);
    const n = (this.sent.get(client)?.n ?? 0) + 1;
    this.sent.set(client, { n, view });
    return { n, view };
  }

  /** After a change: each synced connection gets what changed in its view, if anything did. */
  publish(state: ExerciseState, clients: Iterable<Client>, lastActedAt?: ReadonlyMap<string, string>): void {
    const list = [...clients];
    const presence = this.presenceOf(list, lastActedAt);
    // Connections with the same seat see the same view, and most share the same last view too:
    // each view and each diff is built once per publish, and connections given the same
    // operations under the same number (a Control team's screens, a delegation's several
    // players) are sent the same bytes, encoded once. A publish meets a few dozen of each, so
    // short lists, emptied and reused, cost less than maps made afresh every time.
    const views = this.views;
    const patches = this.patches;
    try {
      this.publishTo(state, list, presence);
    } finally {
      // Nothing of this publish is kept past it.
      views.length = 0;
      patches.length = 0;
    }
  }

  private publishTo(state: ExerciseState, list: readonly Client[], presence: Presence): void {
    const { views, patches } = this;
    for (const client of list) {
      const actor = client.userData as Actor | undefined;
      const last = this.sent.get(client);
      // A connection that has not asked for its view yet gets it whole when it does.
      if (!actor || !last) continue;
      const key = viewerKey(actor);
      let view = viewOf(views, key);
      if (!view) views.push({ key, view: (view = cachedViewFor(state, actor, presence, this.memo)) });
      // Nothing the seat may see changed, known without a diff (see isVisibleChange below).
      if (sameBeyondSeq(last.view, view)) continue;
      const n = last.n + 1;
      let patch = patchOf(patches, view, last.view, n);
      if (!patch) {
        const known = patchOf(patches, view, last.view);
        const ops = known ? known.ops : diffView(last.view, view);
        // Nothing the seat may see changed: not even the log position is sent, since a number that
        // moves would tell it that others are acting where it cannot look. It catches up with the
        // next change it sees (its `seq` then says where the log stood at that change).
        const visible = known ? known.bytes !== null : ops.some(isVisibleChange);
        patches.push(
          (patch = {
            view,
            last: last.view,
            n,
            ops,
            bytes: visible ? framePatch(this.encoder, { n, ops }) : null,
          }),
        );
      }
      if (patch.bytes === null) continue;
      last.n = n;
      last.view = view;
      client.enqueueRaw(patch.bytes);
    }
  }

  /** Reused by every publish (see publish). */
  private readonly views: BuiltView[] = [];
  private readonly patches: BuiltPatch[] = [];
}

interface BuiltView {
  readonly key: string;
  readonly view: ExerciseView;
}

/** The operations from one view to another, framed under one patch number. */
interface BuiltPatch {
  readonly view: ExerciseView;
  readonly last: ExerciseView;
  readonly n: number;
  readonly ops: readonly ViewPatchOp[];
  /** Null when no op is one the seat may see: nothing is sent. */
  readonly bytes: Uint8Array | null;
}

function viewOf(views: readonly BuiltView[], key: string): ExerciseView | undefined {
  for (const built of views) if (built.key === key) return built.view;
  return undefined;
}

/** The patch from `last` to `view` (under number `n` when given). */
function patchOf(
  patches: readonly BuiltPatch[],
  view: ExerciseView,
  last: ExerciseView,
  n?: number,
): BuiltPatch | undefined {
  for (const p of patches) if (p.view === view && p.last === last && (n === undefined || p.n === n)) return p;
  return undefined;
}
