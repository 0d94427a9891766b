// The numbers of the capital model, tuned so the historical cases in facts §2 come out right
// (council/calibration.test.ts runs them): Article 5 after 9/11 within 24 h, Libya 2011 about
// two weeks (17 → 31 Mar), the Turkey 2003 dispute about a month (15 Jan → 16 Feb).
import type { DomesticProcess } from '../model/council';

/**
 * Game hours a capital takes to send first instructions on a newly tabled draft, by process.
 * Upper ends bound the 9/11 case: all 19 capitals instructed on Article 5 within 24 h (facts §2).
 */
export const INSTRUCTION_HOURS: Readonly<Record<DomesticProcess, readonly [number, number]>> = {
  executive: [2, 8],
  coalition: [4, 12],
  parliamentaryMandate: [6, 16],
};

/**
 * Game hours before a capital that blocks a draft reviews its stand. Together with the pressure
 * below they set how long a veto holds: Libya 2011 ~14 days, Turkey 2003 ~32 days (facts §2).
 */
export const REVIEW_HOURS: Readonly<Record<DomesticProcess, readonly [number, number]>> = {
  executive: [24, 72],
  coalition: [48, 96],
  parliamentaryMandate: [48, 120],
};

/** A fragile coalition (1.0) takes this much longer; designer's estimate. */
export const FRAGILITY_DELAY = 0.5;
/** An election close at hand slows clearance by this factor; designer's estimate. */
export const ELECTION_DELAY = 1.5;
/** A revision is a known file: capitals clear it this much faster; designer's estimate. */
export const REVISION_DELAY = 0.5;
/**
 * Under silence procedure a capital still speaks before the deadline: instructions arrive at the
 * latest this many hours before it. In Feb 2003 France broke silence about an hour before a 06:00
 * deadline (UPI, 6 Feb 2003; facts §2).
 */
export const SILENCE_MARGIN_HOURS = 1;

/** Weights of the support score (see council/disposition.ts); designer's estimates. */
export const SCORE = {
  publicOpinion: 0.2,
  /** An election doubles the weight of public opinion. */
  electionAmplifier: 2,
  usStance: 0.15,
  kremlinInfluence: 0.5,
  /**
   * Pressure on a holdout grows with the time an item has waited: the other allies, the press and
   * the cost on the ground. Tuned against Libya 2011 and Turkey 2003 (facts §2).
   */
  pressurePerWeek: 0.2,
  /** A revision that answers an ally's concern; "amendments … can win it back" (game design). */
  accommodation: 0.25,
  /** Each further item in a package: something for everyone. */
  packagePerItem: 0.1,
  packageCap: 0.3,
} as const;

/** Steepness of the logistic from score to the chance of support. */
export const STEEPNESS = 10;
/** Support below this score comes with a formal reservation (a footnote). */
export const RESERVATION_BELOW = 0.25;
/** A capital that will not support asks for an amendment above this score, objects below it. */
export const AMEND_ABOVE = -0.1;
