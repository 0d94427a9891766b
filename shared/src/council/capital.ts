// The capital model's position for an ally nobody plays: a seeded draw on its support score.
import { isBlocking } from '../model/council';
import { roller } from '../rng/sfc32';
import { addHours, hoursBetween } from '../time/gameTime';
import type { PositionTaken } from '../engine/events';
import type { Draft, ExerciseState } from '../engine/state';
import { choosePosition, supportScore } from './disposition';
import { phraseFor, phraseInEnglish } from './phrases';
import { reviewHours } from './instructions';
import { draftItems, waitingSince } from './items';

export function capitalPosition(
  state: ExerciseState,
  draft: Draft,
  allyId: string,
  gameTime: string,
  at: string,
): PositionTaken {
  const ally = state.council.allies[allyId];
  if (!ally) throw new Error(`no ally ${allyId}`);
  const rng = roller(state.rng);
  const items = draftItems(state, draft);
  const score = supportScore({
    ally,
    items,
    weeksWaiting: hoursBetween(waitingSince(state, draft), gameTime) / 168,
    accommodated: draft.accommodates.includes(allyId),
  });
  const { position, roll } = choosePosition(score, rng.unit());
  const reviewAt = isBlocking(position) ? addHours(gameTime, reviewHours(ally, rng)) : null;
  const phrase = phraseFor(position);
  const text =
    phrase === null
      ? null
      : phraseInEnglish(
          phrase,
          ally.name,
          items.map((i) => i.title),
        );
  return {
    type: 'positionTaken',
    draftId: draft.id,
    allyId,
    position,
    text,
    phrase,
    source: 'capital',
    gameTime,
    reviewAt,
    roll,
    rng: rng.state(),
    at,
  };
}
