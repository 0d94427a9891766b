// The views the server sends, kept between publishes: the same rules as `viewFor` (../view.ts), with
// each section remembered until a state slice it reads changes. State slices are immutable and
// evolve shares the untouched ones, so comparing inputs by reference is exact; cachedView.test.ts
// checks that this returns what `viewFor` does, seat by seat, over played games.
import type { Actor, ExerciseState } from '../../engine/state';
import { audienceOf, type Audience } from '../audience';
import { viewerChannels, type ChannelsView, type ViewerChannels } from '../channelsView';
import { broadcastViews, controlRoomView, type ControlRoomView } from '../controlView';
import { reviewView } from '../reviewView';
import {
  assembleView,
  clockView,
  everyoneSections,
  measuresView,
  scenarioView,
  sectionsFor,
  seatViews,
  youView,
  withLiveSections,
  type ExerciseView,
  type Presence,
} from '../view';
import { keepByIdentity } from './keep';
import { FRESH, viewerKey, type SectionMemo } from './viewMemo';

/**
 * `viewFor`, remembered in `memo` (one per exercise, kept by the room). Without a memo only the
 * forces parts are kept (by the identity of the forces state they were built from).
 */
export function cachedViewFor(
  state: ExerciseState,
  viewer: Actor,
  presence: Presence,
  memo: SectionMemo = FRESH,
): ExerciseView {
  const me = viewerKey(viewer);
  const audience = memo.get(memo.key('audience', me), [state.scenario, state.council], () =>
    audienceOf(state, viewer),
  );
  // Every section but the channels may read any slice except the channels; the channels read
  // only theirs and the scenario. Taking every other slice (a new one included) keeps a section
  // from going stale when a rule starts reading more of the state.
  const common = memo.same('common', slicesBesideChannels(state));
  const channels = memo.get(
    memo.key('channelsSection', me),
    [state.channels, state.scenario],
    (previous?: ViewerChannels) => viewerChannels(state, viewer, previous, keepByIdentity),
  ).section;
  const connected = presenceKey(state, presence);
  const controlRoom = controlRoomView(state, audience, presence);
  // The whole view is kept while nothing it shows changed; only the log position moves on.
  // Most changes touch only the channels (a post) or Control's room (who acted when): every other
  // section is then the one the last view holds, and the view is that one with those two replaced.
  const view = memo.get<ExerciseView>(
    memo.key('view', me),
    [common, channels, connected, presence.controlConnections, controlRoom],
    (previous, was) =>
      previous && was && was[0] === common && was[2] === connected && was[3] === presence.controlConnections
        ? withLiveSections(previous, channels, controlRoom, state.seq)
        : buildView(state, viewer, presence, memo, {
            me,
            audience,
            common,
            channels,
            connected,
            controlRoom,
          }),
  );
  return view.seq === state.seq ? view : atSeq(view, state.seq);
}

/** Views that differ from another only in `seq` (see `sameBeyondSeq`). */
const baseOf = new WeakMap<ExerciseView, ExerciseView>();

function atSeq(view: ExerciseView, seq: number): ExerciseView {
  const base = baseOf.get(view) ?? view;
  const moved = { ...base, seq };
  baseOf.set(moved, base);
  return moved;
}

/**
 * Whether two views of one viewer hold the same sections and differ at most in `seq`, known
 * without comparing them: a publish then sends that viewer nothing (docs/decisions/0011).
 */
export function sameBeyondSeq(a: ExerciseView, b: ExerciseView): boolean {
  return (baseOf.get(a) ?? a) === (baseOf.get(b) ?? b);
}

interface Built {
  readonly me: string;
  readonly audience: Audience;
  readonly common: readonly unknown[];
  readonly channels: ChannelsView;
  readonly connected: string;
  readonly controlRoom: ControlRoomView | null;
}

function buildView(
  state: ExerciseState,
  viewer: Actor,
  presence: Presence,
  memo: SectionMemo,
  { me, audience, common, channels, connected, controlRoom }: Built,
): ExerciseView {
  // Sections with the same inputs are kept together: one look-up finds them all.
  return assembleView(state, audience, presence, {
    scenario: memo.get('scenario', [state.scenario], () => scenarioView(state)),
    seats: memo.get('seats', [state.scenario, state.seats, connected], () => seatViews(state, presence)),
    you: memo.get(memo.key('you', me), [], () => youView(viewer)),
    clock: memo.get('clock', [state.session, state.clock, state.scenario, state.underRepair], () =>
      clockView(state),
    ),
    everyone: memo.get('everyone', [common], () => everyoneSections(state)),
    mine: memo.get(memo.key('sections', me), [common, audience], () =>
      sectionsFor(state, viewer, audience, keepByIdentity),
    ),
    measures: memo.get(`measures:${audience.seesCouncil}`, [state.measures], () =>
      measuresView(state, audience),
    ),
    channels,
    broadcasts: memo.get('broadcasts', [state.console], () => broadcastViews(state)),
    controlRoom,
    review: memo.get(memo.key('review', me), [state.review, audience], () => reviewView(state, audience)),
  });
}

/** Hot values no section reads (the sequence number, the dice) are left out, and so are the channels. */
const NOT_READ_BY_SECTIONS = new Set<string>(['channels', 'seq', 'rng']);

/** Worked out once per state, not once per viewer: a publish builds a view for every seat from one state. */
const slicesByState = new WeakMap<ExerciseState, unknown[]>();

function slicesBesideChannels(state: ExerciseState): unknown[] {
  const known = slicesByState.get(state);
  if (known) return known;
  const slices = everySliceBesideChannels(state);
  slicesByState.set(state, slices);
  return slices;
}

function everySliceBesideChannels(state: ExerciseState): unknown[] {
  const slices: unknown[] = [];
  for (const key in state) {
    if (!NOT_READ_BY_SECTIONS.has(key)) slices.push(state[key as keyof ExerciseState]);
  }
  return slices;
}

/** What of the presence the seat list shows, as one comparable value (once per presence and scenario). */
const presenceKeys = new WeakMap<Presence, { readonly scenario: unknown; readonly key: string }>();

function presenceKey(state: ExerciseState, presence: Presence): string {
  const known = presenceKeys.get(presence);
  if (known && known.scenario === state.scenario) return known.key;
  const key = presenceKeyOf(state, presence);
  presenceKeys.set(presence, { scenario: state.scenario, key });
  return key;
}

function presenceKeyOf(state: ExerciseState, presence: Presence): string {
  const seats = state.scenario.seats.filter((s) => s.kind !== 'control' && presence.connectedSeats.has(s.id));
  return `${presence.controlConnections > 0}:${seats.map((s) => s.id).join(',')}`;
}
