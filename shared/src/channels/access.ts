// Who may post in a channel, and who counts as the adversary. Who may read one is a secrecy rule:
// visibility/channelAccess.ts.
import type { Actor, ExerciseState } from '../engine/state';
import { DEFAULT_CHANNEL_RULES, type ChannelRules } from '../scenario/channels';
import type { Scenario } from '../scenario/schema';
import { CONTROL_READER, type Channel } from './state';

/** The scenario's channel rules; a scenario saved before they existed gets the defaults. */
export const channelRules = (scenario: Scenario): ChannelRules =>
  (scenario as Partial<Scenario>).channels ?? DEFAULT_CHANNEL_RULES;

/** Members post in their channels; Control may post anywhere. */
export function canPost(actor: Actor, channel: Channel): boolean {
  return actor.isControl || (actor.seatId !== null && channel.members.includes(actor.seatId));
}

/** The key a reader's progress is kept under: Control's connections share one. */
export const readerKey = (actor: Actor): string | null => (actor.isControl ? CONTROL_READER : actor.seatId);

export function seatKind(state: ExerciseState, seatId: string) {
  return state.scenario.seats.find((s) => s.id === seatId)?.kind ?? null;
}

/** Red seats, and the seats the scenario names as the adversary. */
export function adversaries(scenario: Scenario): Set<string> {
  const named = channelRules(scenario).adversaries;
  return new Set([...scenario.seats.filter((s) => s.kind === 'red').map((s) => s.id), ...named]);
}

/** A channel joining the adversary with anyone else is a back-channel. */
export function isBackChannel(scenario: Scenario, members: readonly string[]): boolean {
  const enemy = adversaries(scenario);
  return members.some((m) => enemy.has(m)) && members.some((m) => !enemy.has(m));
}

/** Channels in order, each with its record. */
export function channelList(state: ExerciseState): Channel[] {
  const { channels, order } = state.channels;
  return order.map((id) => channels[id]).filter((c): c is Channel => c !== undefined);
}
