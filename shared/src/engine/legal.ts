// What a seat may do now: one list for the UI (what to offer), bots (what to pick) and fuzz tests.
import { liveDraftWith, isLive } from '../council/consensus';
import { allyOfSeat } from '../council/allies';
import { catalogueItem } from '../council/items';
import { phraseFor, phraseInEnglish } from '../council/phrases';
import { POSITIONS, type Position } from '../model/council';
import type { Command } from './commands';
import { decide } from './decide';
import { forceOrderCandidates } from './forces/candidates';
import { channelCandidates } from './rules/channels/legal';
import { negotiationCandidates } from '../negotiation/legal';
import { consoleCandidates } from '../control/legal';
import { reviewCandidates } from '../review/legal';
import type { Actor, Draft, ExerciseState } from './state';
import type { Wording } from '../scenario/text';

/** The actor that holds a seat; a control-kind seat id stands for Control. */
export function actorFor(state: ExerciseState, seatId: string): Actor {
  const seat = state.scenario.seats.find((s) => s.id === seatId);
  return seat?.kind === 'control' ? { seatId: null, isControl: true } : { seatId, isControl: false };
}

/**
 * Concrete commands the holder of `seatId` may send now, texts filled with placeholders. Seat
 * claims are the lobby's business and are not listed. Each candidate is checked with `decide`, so
 * the list never offers what the rules would refuse.
 */
export function legalCommands(
  state: ExerciseState,
  seatId: string,
  now: string = state.createdAt,
): Command[] {
  const actor = actorFor(state, seatId);
  const ctx = { actor, now, newSeatTokenHash: '' };
  return candidates(state, actor).filter((command) => decide(state, command, ctx).ok);
}

/**
 * Every command the generators offer the holder of `seatId`, legal or not: `legalCommands` keeps
 * those `decide` accepts. Random play that needs one legal command draws from this list and lets
 * `decide` judge each draw, rather than deciding the whole list (Control's has ~1,700 entries).
 */
export function candidateCommands(state: ExerciseState, seatId: string): Command[] {
  return candidates(state, actorFor(state, seatId));
}

function candidates(state: ExerciseState, actor: Actor): Command[] {
  const list: Command[] = [{ type: 'submitMoves' }];
  const { catalogue } = state.scenario;
  const drafts = state.council.draftOrder
    .map((id) => state.council.drafts[id])
    .filter((d): d is Draft => d !== undefined && isLive(d));
  const free = catalogue
    .filter((item) => !state.council.agenda[item.id]?.adoptedAt && !liveDraftWith(state, item.id))
    .map((item) => item.id);
  if (actor.isControl) list.push(...controlCandidates(state));
  for (const itemId of catalogue.map((item) => item.id)) {
    if (!state.council.agenda[itemId]) list.push({ type: 'requestItem', itemId });
  }
  for (const itemId of free) list.push({ type: 'tableDraft', itemIds: [itemId] });
  const [first, second] = free;
  if (first && second) list.push({ type: 'tableDraft', itemIds: [first, second], text: 'A package deal.' });
  if (first) list.push({ type: 'tableDraft', itemIds: [first], silenceHours: 24 });
  for (const draft of drafts) {
    list.push(
      { type: 'amendDraft', draftId: draft.id },
      { type: 'placeUnderSilence', draftId: draft.id, hours: 24 },
      { type: 'withdrawDraft', draftId: draft.id },
      ...POSITIONS.map((position) => positionCommand(state, actor, draft, position)),
    );
  }
  list.push(...channelCandidates(state, actor));
  list.push(...forceOrderCandidates(state, actor));
  list.push(...negotiationCandidates(state, actor));
  list.push(...reviewCandidates(state, actor));
  return list;
}

/** A stand worded as a delegation would (ADR 0019): a code readers' clients word, English for the record. */
function positionCommand(state: ExerciseState, actor: Actor, draft: Draft, position: Position): Command {
  const phrase = phraseFor(position);
  if (phrase === null) return { type: 'takePosition', draftId: draft.id, position };
  const allyId = allyOfSeat(state, actor.seatId);
  const ally: Wording = (allyId && state.council.allies[allyId]?.name) || 'Our delegation';
  const titles = draft.itemIds.map((id) => catalogueItem(state, id)?.title ?? 'the draft');
  return {
    type: 'takePosition',
    draftId: draft.id,
    position,
    phrase,
    text: phraseInEnglish(phrase, ally, titles),
  };
}

function controlCandidates(state: ExerciseState): Command[] {
  const { session, clock } = state;
  if (state.underRepair) return [{ type: 'repairLog', failedSeq: state.underRepair.seq }];
  return [
    { type: 'startExercise' },
    { type: 'pauseExercise' },
    { type: 'resumeExercise' },
    { type: 'advancePhase' },
    { type: 'endExercise' },
    { type: 'setPhaseTimer', seconds: 120 },
    { type: 'extendPhase', seconds: 60 },
    { type: 'extendPhase', seconds: -60 },
    { type: 'setTurnStep', hours: clock.stepHours === 6 ? 24 : 6 },
    { type: 'setHotwash', enabled: !session.hotwash },
    ...state.scenario.injects
      .filter((inject) => !state.injects.some((f) => f.injectId === inject.id))
      .map((inject): Command => ({ type: 'fireInject', injectId: inject.id })),
    ...consoleCandidates(state),
  ];
}
