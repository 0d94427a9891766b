// Applies one event to the state; pure, total and dice-free, so the log alone rebuilds any moment.
import { initialChannels } from '../channels/standing';
import { profilesOf } from '../council/allies';
import { DEFAULT_MEASURES, FLAGS, type Flag } from '../model/effects';
import { hashSeed, seedRng } from '../rng/sfc32';
import { ScenarioSchema, type Scenario } from '../scenario/schema';
import { normaliseInstant } from '../time/gameTime';
import { evolveChannels } from './evolveChannels';
import { evolveCouncil } from './evolveCouncil';
import { evolveSession } from './evolveSession';
import { isForcesEvent } from '../forces/events';
import { evolveForcesPart } from './forces/evolve';
import { forcesAtStart } from './forces/setup';
import { isNegotiationEvent } from '../negotiation/events';
import { evolveNegotiation } from '../negotiation/evolve';
import { measuresOf } from '../negotiation/measures';
import { negotiationAtStart } from '../negotiation/state';
import { isConsoleEvent } from '../control/events';
import { evolveConsole } from '../control/evolve';
import { consoleAtStart } from '../control/state';
import { isReviewEvent } from '../review/events';
import { evolveReview } from '../review/evolveReview';
import { EMPTY_REVIEW } from '../review/state';
import type { ExerciseCreated, GameEvent } from './events';
import { turnStartsAfter } from './rules/rollback';
import type { ExerciseState } from './state';
import { upgradeLegacyTexts } from '../scenario/legacy';

export function initialState(created: ExerciseCreated): ExerciseState {
  const scenario = withDefaults(created.scenario);
  const { allies, order } = profilesOf(scenario);
  const measures = { ...DEFAULT_MEASURES };
  const seed = created.seed ?? hashSeed(created.exerciseId);
  for (const [measure, start] of Object.entries(scenario.measures)) {
    if (start) measures[measure as keyof typeof measures] = start.value;
  }
  return {
    exerciseId: created.exerciseId,
    code: created.code,
    title: created.title,
    createdAt: created.createdAt,
    scenario,
    seats: {},
    seq: 1,
    rng: seedRng(seed),
    session: {
      status: 'lobby',
      phase: null,
      phaseEndsAt: null,
      remainingSeconds: null,
      phaseSeconds: scenario.phaseSeconds,
      hotwash: scenario.hotwash,
      submitted: [],
    },
    clock: { turn: 0, time: normaliseInstant(scenario.startsAt), stepHours: scenario.turnStepHours },
    council: { allies, allyOrder: order, agenda: {}, drafts: {}, draftOrder: [] },
    measures,
    flags: Object.fromEntries(FLAGS.map((flag) => [flag, false])) as Record<Flag, boolean>,
    injects: [],
    channels: initialChannels(scenario),
    forces: forcesAtStart(scenario, created.variant, seed, created.assumptions),
    negotiation: negotiationAtStart(scenario),
    console: consoleAtStart(),
    turnStarts: [],
    review: EMPTY_REVIEW,
  };
}

/**
 * A log written before a schema field existed still replays: parsing fills the defaults in. Once
 * per scenario object: exercises given one shared copy (the server's sharedScenarios.ts) then
 * build their state, the forces' map and unit names included, from one parsed copy too.
 */
function withDefaults(scenario: Scenario): Scenario {
  const known = withDefaultsOf.get(scenario);
  if (known) return known;
  const parsed = ScenarioSchema.safeParse(upgradeLegacyTexts(scenario));
  const result = parsed.success ? parsed.data : scenario;
  withDefaultsOf.set(scenario, result);
  return result;
}

/** Scenarios are never changed in place, so the parse of one object is good for as long as it lives. */
const withDefaultsOf = new WeakMap<Scenario, Scenario>();

export function evolve(state: ExerciseState, event: GameEvent): ExerciseState {
  const next = applyEvent(state, event) as ExerciseState | undefined;
  // An event no rule applies (damaged, or written by a newer release) must not pass for a state.
  if (!next) throw new Error(`no rule applies an event of type ${String(event.type)}`);
  return { ...next, seq: state.seq + 1, turnStarts: turnStartsAfter(state, event) };
}

function applyEvent(state: ExerciseState, event: GameEvent): ExerciseState {
  if (isForcesEvent(event)) return evolveForcesPart(state, event);
  if (isNegotiationEvent(event)) {
    // The signed ceasefire's rolls carry the PRNG state they left.
    const rolled = 'rng' in event ? { ...state, rng: event.rng } : state;
    const next =
      event.type === 'allianceCohesionMoved'
        ? { ...rolled, measures: { ...rolled.measures, cohesion: event.to } }
        : rolled;
    return next.negotiation ? { ...next, negotiation: evolveNegotiation(next.negotiation, event) } : next;
  }
  // state.seq is the sequence number this event is stored at.
  if (isReviewEvent(event)) return { ...state, review: evolveReview(state.review, event, state.seq) };
  if (isConsoleEvent(event)) return evolveConsole(state, event);
  if (event.type === 'gameClockAdvanced') return recordTalks(evolveSession(state, event), event.turn);
  switch (event.type) {
    case 'exerciseCreated':
      return state;
    case 'rolledBack':
      // It needs the state at an earlier place in the log, which one state cannot give: see replayLog.
      throw new Error('a rollback is applied by replay (engine/replayLog), not by evolve');
    case 'seatClaimed':
      return {
        ...state,
        seats: {
          ...state.seats,
          [event.seatId]: {
            displayName: event.displayName,
            tokenHash: event.tokenHash,
            claimedAt: event.at,
          },
        },
      };
    case 'seatReleased': {
      const { [event.seatId]: _released, ...rest } = state.seats;
      return { ...state, seats: rest };
    }
    case 'itemRequested':
    case 'draftTabled':
    case 'silenceStarted':
    case 'positionTaken':
    case 'silenceBroken':
    case 'draftAdopted':
    case 'draftWithdrawn':
      return evolveCouncil(state, event);
    case 'channelOpened':
    case 'messagePosted':
    case 'rfiAnswered':
    case 'channelRead':
    case 'observerAccessSet':
      return evolveChannels(state, event);
    default:
      return evolveSession(state, event);
  }
}

/** Adjudication closes the turn: the talks' measures as they stand join their history. */
function recordTalks(state: ExerciseState, turn: number): ExerciseState {
  const talks = state.negotiation;
  const scenario = state.scenario.negotiation;
  if (!talks || !scenario) return state;
  return {
    ...state,
    negotiation: { ...talks, history: [...talks.history, measuresOf(scenario, talks, turn, state.injects)] },
  };
}

// Rebuilding from a whole log honours rollbacks, so it lives with the fold that knows them.
export { replay } from './replayLog';

/** The seat whose holder's token has this hash, if any. */
export function seatForTokenHash(state: ExerciseState, tokenHash: string): string | null {
  const entry = Object.entries(state.seats).find(([, holder]) => holder.tokenHash === tokenHash);
  return entry ? entry[0] : null;
}
