// The allies at the table: profiles from the scenario, and who plays each one right now.
import type { Scenario } from '../scenario/schema';
import type { AllyProfile, ExerciseState } from '../engine/state';

/**
 * One profile per ally in the scenario; an ally seat the scenario gives no profile gets a neutral
 * one (executive, leaning 0.5 to support), so a small scenario needs no politics to run.
 */
export function profilesOf(scenario: Scenario): { allies: Record<string, AllyProfile>; order: string[] } {
  const allies: Record<string, AllyProfile> = {};
  for (const a of scenario.allies) {
    allies[a.id] = {
      id: a.id,
      name: a.name,
      nation: a.nation,
      domesticProcess: a.domesticProcess,
      coalitionFragility: a.coalitionFragility,
      electionSoon: a.electionSoon,
      kremlinInfluence: a.kremlinInfluence,
      publicOpinion: a.publicOpinion,
      usStance: a.usStance,
      defaultDisposition: a.defaultDisposition,
      dispositions: a.dispositions,
    };
  }
  for (const seat of scenario.seats) {
    if (seat.kind !== 'ally' || allies[seat.id]) continue;
    allies[seat.id] = {
      id: seat.id,
      name: seat.label,
      nation: seat.nation ?? '',
      domesticProcess: 'executive',
      coalitionFragility: 0,
      electionSoon: false,
      kremlinInfluence: 0,
      publicOpinion: 0,
      usStance: 0,
      defaultDisposition: 0.5,
      dispositions: {},
    };
  }
  return { allies, order: Object.keys(allies) };
}

/** Seats that speak for an ally of the same id: ally delegations, and parties at talks (ADR 0008). */
const speaksForAlly = (kind: string): boolean => kind === 'ally' || kind === 'party';

/** An ally is playable when the scenario has an ally seat, or a party seat, with its id. */
export const isPlayable = (state: ExerciseState, allyId: string): boolean =>
  state.scenario.seats.some((s) => s.id === allyId && speaksForAlly(s.kind));

/** The capital model speaks for an ally whose seat nobody holds, or that has no seat. */
export const isAutomated = (state: ExerciseState, allyId: string): boolean => !state.seats[allyId];

/** The ally a seat speaks for: an ally seat, or a party seat with an ally of its id. */
export function allyOfSeat(state: ExerciseState, seatId: string | null): string | null {
  if (!seatId) return null;
  const seat = state.scenario.seats.find((s) => s.id === seatId);
  return seat && speaksForAlly(seat.kind) && state.council.allies[seatId] ? seatId : null;
}
