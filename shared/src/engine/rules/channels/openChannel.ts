// A seat opens a bilateral or small-group channel with a named member set; Control may open any.
import { own } from '../../../model/lookup';
import { channelRules, isBackChannel, seatKind } from '../../../channels/access';
import { CHANNEL_LIMITS } from '../../../model/channels';
import { reject, type Rejection } from '../../../protocol/errors';
import { fail, ok, type Result } from '../../../protocol/result';
import type { CommandOf } from '../../commands';
import type { GameEvent } from '../../events';
import type { DecideContext, ExerciseState } from '../../state';
import { notTalking } from './guards';
import { channelNameRefusal } from '../holderNames';
import { inEnglish } from '../../../scenario/text';

export function openChannel(
  state: ExerciseState,
  command: CommandOf<'openChannel'>,
  ctx: DecideContext,
): Result<GameEvent[]> {
  const { actor } = ctx;
  const when = notTalking(state, actor);
  if (when) return fail(when);
  if (!actor.isControl && (actor.seatId === null || !command.members.includes(actor.seatId))) {
    return fail(
      reject('BAD_MEMBERS', 'Open a channel you sit in: add your own seat to its members.', {
        reason: 'self',
      }),
    );
  }
  const bad = badMembers(state, command.members);
  if (bad) return fail(bad);
  const back = isBackChannel(state.scenario, command.members);
  if (back && !channelRules(state.scenario).backChannels) {
    return fail(reject('NOT_ALLOWED_IN_SCENARIO', 'This scenario opens no back-channel to the adversary.'));
  }
  const badName =
    command.name === undefined ? null : channelNameRefusal(state, command.name, actor.isControl);
  if (badName) return fail(badName);
  const opened = state.channels.order.length - standingCount(state) + 1;
  return ok([
    {
      type: 'channelOpened',
      channelId: `ch${opened}`,
      kind: back ? 'backChannel' : 'group',
      name: command.name ?? defaultName(state, command.members),
      members: command.members,
      openedBy: actor.isControl ? null : actor.seatId,
      gameTime: state.clock.time,
      at: ctx.now,
    },
  ]);
}

/** Members are seats of the scenario that play: Control reads every channel, observers only read. */
function badMembers(state: ExerciseState, members: readonly string[]): Rejection | null {
  for (const seatId of members) {
    const kind = seatKind(state, seatId);
    if (kind === null)
      return reject('BAD_MEMBERS', `There is no seat "${seatId}" in this scenario.`, {
        reason: 'unknownSeat',
        seatId,
      });
    if (kind === 'control') {
      return reject('BAD_MEMBERS', 'Control reads every channel already; leave it out of the members.', {
        reason: 'control',
      });
    }
    if (kind === 'observer')
      return reject('BAD_MEMBERS', 'Observers read; they do not sit in channels.', { reason: 'observer' });
  }
  return null;
}

function standingCount(state: ExerciseState): number {
  return state.channels.order.filter((id) => {
    const kind = own(state.channels.channels, id)?.kind;
    return kind !== 'group' && kind !== 'backChannel';
  }).length;
}

function defaultName(state: ExerciseState, members: readonly string[]): string {
  const label = (id: string) => inEnglish(state.scenario.seats.find((s) => s.id === id)?.label ?? id);
  const name = members.map(label).join(', ');
  const max = CHANNEL_LIMITS.name;
  return name.length <= max ? name : `${name.slice(0, max - 1)}…`;
}
