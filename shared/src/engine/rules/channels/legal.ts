// Channel commands worth offering a seat now, with placeholder texts; legalCommands filters them by decide.
import { own } from '../../../model/lookup';
import { adversaries, canPost, channelList, channelRules, readerKey } from '../../../channels/access';
import { canRead } from '../../../visibility/channelAccess';
import { everyMessage, lastMessage, type Channel } from '../../../channels/state';
import type { Command } from '../../commands';
import type { Actor, ExerciseState } from '../../state';

export function channelCandidates(state: ExerciseState, actor: Actor): Command[] {
  const list: Command[] = [];
  const channels = channelList(state);
  for (const channel of channels.filter((c) => canPost(actor, c))) list.push(...posts(actor, channel));
  list.push(...opening(state, actor));
  const reader = readerKey(actor);
  for (const channel of channels.filter((c) => canRead(state, actor, c))) {
    const last = lastMessage(channel)?.id;
    const reads = reader === null ? undefined : own(state.channels.reads, reader);
    const read = reads && own(reads, channel.id);
    if (last && last !== read) list.push({ type: 'markRead', channelId: channel.id, messageId: last });
  }
  if (actor.isControl) {
    for (const m of everyMessage(state.channels)) {
      if (m.template === 'rfi' && m.answerId === null) {
        list.push({ type: 'answerRfi', messageId: m.id, body: `Answer to ${m.id}.` });
      }
    }
    const other = state.channels.observerAccess === 'all' ? 'public' : 'all';
    list.push({ type: 'setObserverAccess', access: other });
  }
  return list;
}

/** A message in each channel; a seat also asks Control for information in its own channel. */
function posts(actor: Actor, channel: Channel): Command[] {
  const from = actor.isControl ? 'control' : actor.seatId;
  const body = `Message to ${channel.id} from ${from}.`;
  if (channel.kind === 'public')
    return [{ type: 'postMessage', channelId: channel.id, template: 'statement', body }];
  const other = channel.members.find((m) => m !== actor.seatId);
  const list: Command[] = [
    {
      type: 'postMessage',
      channelId: channel.id,
      template: 'freeText',
      body,
      ...(other ? { mentions: [other] } : {}),
    },
  ];
  if (channel.kind === 'control' && !actor.isControl) {
    list.push({
      type: 'postMessage',
      channelId: channel.id,
      template: 'rfi',
      subject: 'RFI',
      body: `RFI ${body}`,
    });
  }
  return list;
}

/** A channel with the first seat the opener has none with yet (a back-channel only where allowed). */
function opening(state: ExerciseState, actor: Actor): Command[] {
  const me = actor.seatId;
  if (me === null) return [];
  const enemy = adversaries(state.scenario);
  const back = channelRules(state.scenario).backChannels;
  const talking = new Set(
    channelList(state)
      .filter((c) => (c.kind === 'group' || c.kind === 'backChannel') && c.members.includes(me))
      .flatMap((c) => c.members),
  );
  const partner = state.scenario.seats.find(
    (s) =>
      s.id !== me &&
      s.kind !== 'control' &&
      s.kind !== 'observer' &&
      !talking.has(s.id) &&
      (back || enemy.has(s.id) === enemy.has(me)),
  );
  if (!partner) return [];
  const next = channelList(state).filter((c) => c.kind === 'group' || c.kind === 'backChannel').length + 1;
  return [{ type: 'openChannel', members: [me, partner.id], name: `Private talks ch${next}` }];
}
