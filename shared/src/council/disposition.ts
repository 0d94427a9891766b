// How an ally nobody plays leans on a draft: a support score from its politics and a seeded draw.
import type { Position } from '../model/council';
import type { CatalogueItem } from '../scenario/catalogue';
import type { AllyProfile, PositionRoll } from '../engine/state';
import { AMEND_ABOVE, RESERVATION_BELOW, SCORE, STEEPNESS } from './calibration';

export interface ScoreInput {
  readonly ally: AllyProfile;
  readonly items: readonly CatalogueItem[];
  /** Game weeks since the draft's items were first raised. */
  readonly weeksWaiting: number;
  /** True when the draft is a revision that answers this ally's concern. */
  readonly accommodated: boolean;
}

export const dispositionOn = (ally: AllyProfile, itemId: string): number =>
  ally.dispositions[itemId] ?? ally.defaultDisposition;

/** Positive leans to support, negative to block; about -1 to 1, unbounded by design. */
export function supportScore({ ally, items, weeksWaiting, accommodated }: ScoreInput): number {
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const disposition = mean(items.map((item) => dispositionOn(ally, item.id)));
  const provocation = Math.max(0, ...items.map((item) => item.provocation));
  const opinionWeight = SCORE.publicOpinion * (ally.electionSoon ? SCORE.electionAmplifier : 1);
  const packageBonus = Math.min(SCORE.packageCap, SCORE.packagePerItem * (items.length - 1));
  return (
    disposition +
    opinionWeight * ally.publicOpinion +
    SCORE.usStance * ally.usStance -
    SCORE.kremlinInfluence * ally.kremlinInfluence * provocation +
    SCORE.pressurePerWeek * Math.max(0, weeksWaiting) +
    (accommodated ? SCORE.accommodation : 0) +
    packageBonus
  );
}

export const chanceOfSupport = (score: number): number => 1 / (1 + Math.exp(-STEEPNESS * score));

/** Turns a score and one uniform draw into a position; the roll is kept for the review. */
export function choosePosition(score: number, draw: number): { position: Position; roll: PositionRoll } {
  const pSupport = chanceOfSupport(score);
  const roll = { score: round(score), pSupport: round(pSupport), draw: round(draw) };
  if (draw < pSupport) {
    return { position: score < RESERVATION_BELOW ? 'supportWithReservation' : 'support', roll };
  }
  return { position: score >= AMEND_ABOVE ? 'requestAmendment' : 'object', roll };
}

const round = (x: number): number => Math.round(x * 1e4) / 1e4;
