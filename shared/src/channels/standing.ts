// The standing channels every exercise has, from the scenario's seats (see channels/README.md).
import { STANDING_CHANNEL_IDS, controlChannelId } from '../model/channels';
import type { SeatKind } from '../model/vocabulary';
import type { Scenario } from '../scenario/schema';
import { channelRules } from './access';
import type { Channel, ChannelsState } from './state';
import { inEnglish } from '../scenario/text';

/** The Council in plenary: the allies and the Secretary General, who chairs it. */
const PLENARY: readonly SeatKind[] = ['ally', 'secretaryGeneral'];
/**
 * SACEUR's channel with the Military Committee. Control plays the Committee (its chairman and the
 * national military representatives); the Secretary General sits in as the link to the Council.
 * Allies reach SACEUR in plenary or by opening a channel with SACEUR.
 */
const MILITARY: readonly SeatKind[] = ['saceur', 'secretaryGeneral'];
/** Everyone reads public statements; every seat but observers and Control's may make one. */
const SILENT: readonly SeatKind[] = ['control', 'observer'];

function standing(id: string, kind: Channel['kind'], name: string, members: string[]): Channel {
  return { id, kind, name, members, openedBy: null, openedAt: null, pages: [], recent: [] };
}

export function standingChannels(scenario: Scenario): Channel[] {
  const seats = scenario.seats;
  const ofKinds = (kinds: readonly SeatKind[]) =>
    seats.filter((s) => kinds.includes(s.kind)).map((s) => s.id);
  const list: Channel[] = [];
  const plenary = ofKinds(PLENARY);
  if (plenary.length > 0) {
    list.push(standing(STANDING_CHANNEL_IDS.plenary, 'plenary', 'North Atlantic Council', plenary));
  }
  if (seats.some((s) => s.kind === 'saceur')) {
    list.push(
      standing(STANDING_CHANNEL_IDS.military, 'military', 'Military Committee and SACEUR', ofKinds(MILITARY)),
    );
  }
  const speakers = seats.filter((s) => !SILENT.includes(s.kind)).map((s) => s.id);
  list.push(standing(STANDING_CHANNEL_IDS.public, 'public', 'Public statements', speakers));
  for (const seat of seats) {
    if (seat.kind === 'control') continue;
    list.push(
      standing(controlChannelId(seat.id), 'control', `${inEnglish(seat.label)} – Control`, [seat.id]),
    );
  }
  return list;
}

export function initialChannels(scenario: Scenario): ChannelsState {
  const list = standingChannels(scenario);
  return {
    channels: Object.fromEntries(list.map((c) => [c.id, c])),
    order: list.map((c) => c.id),
    reads: {},
    observerAccess: channelRules(scenario).observers,
  };
}
