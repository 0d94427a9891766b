// A member (or Control) posts in a channel; an ally's first public statement of a turn nudges its public.
import { channelRules, seatKind } from '../../../channels/access';
import { canRead } from '../../../visibility/channelAccess';
import { messageAt, messageCount, type Channel } from '../../../channels/state';
import { PUBLIC_TEMPLATES, type MessageTemplate } from '../../../model/channels';
import { reject } from '../../../protocol/errors';
import { fail, ok, type Result } from '../../../protocol/result';
import type { Effect } from '../../../scenario/effects';
import { allyOfSeat } from '../../../council/allies';
import type { CommandOf } from '../../commands';
import type { GameEvent } from '../../events';
import type { Actor, DecideContext, ExerciseState } from '../../state';
import { channelFor, isRejection, notTalking } from './guards';
import { linesOf } from '../../../bots/tendencies';
import { own } from '../../../model/lookup';
import type { LocalisedText } from '../../../scenario/text';

export function postMessage(
  state: ExerciseState,
  command: CommandOf<'postMessage'>,
  ctx: DecideContext,
): Result<GameEvent[]> {
  const { actor } = ctx;
  const when = notTalking(state, actor);
  if (when) return fail(when);
  const channel = channelFor(state, actor, command.channelId, 'post');
  if (isRejection(channel)) return fail(channel);
  if (channel.kind === 'public' && !PUBLIC_TEMPLATES.includes(command.template)) {
    return fail(reject('TEMPLATE_NOT_ALLOWED', 'The public channel carries statements only.'));
  }
  const mentions = command.mentions ?? [];
  const unseen = mentions.find((seatId) => !mayBeMentioned(state, seatId, channel));
  if (unseen !== undefined) {
    return fail(
      reject('BAD_MENTIONS', `"${unseen}" cannot read this channel; mention its members only.`, {
        reason: 'unseen',
        seat: state.scenario.seats.find((s) => s.id === unseen)?.label ?? unseen,
      }),
    );
  }
  return ok([
    {
      type: 'messagePosted',
      messageId: `${channel.id}.${messageCount(channel) + 1}`,
      channelId: channel.id,
      from: actor.isControl ? null : actor.seatId,
      template: command.template,
      subject: command.subject || null,
      body: command.body,
      ...botLine(state, actor, command.body),
      mentions,
      effects: statementEffects(state, actor, channel, command.template),
      turn: state.clock.turn,
      gameTime: state.clock.time,
      at: ctx.now,
    },
  ]);
}

/**
 * A bot speaks its seat's set lines (bots/tendencies.ts), which the scenario gives in both
 * languages: the message keeps them so every reader reads the line in their own. A person's words
 * are theirs, even when they match a line.
 */
function botLine(state: ExerciseState, actor: Actor, body: string): { line?: LocalisedText } {
  if (actor.isControl || !actor.seatId || own(state.seats, actor.seatId)?.bot !== true) return {};
  const line = linesOf(state.scenario, actor.seatId).find((l) => l.en === body);
  return line ? { line } : {};
}

/** A seat of the scenario that reads the channel; Control's seats read every one. */
function mayBeMentioned(state: ExerciseState, seatId: string, channel: Channel): boolean {
  const kind = seatKind(state, seatId);
  if (kind === 'control') return true;
  return kind !== null && canRead(state, { seatId, isControl: false }, channel);
}

/**
 * An ally speaking to its own public in a turn: its public opinion moves by the scenario's small
 * shift, once per turn so repeating a statement does not pay.
 */
function statementEffects(
  state: ExerciseState,
  actor: Actor,
  channel: Channel,
  template: MessageTemplate,
): Effect[] {
  const allyId = allyOfSeat(state, actor.seatId);
  const shift = channelRules(state.scenario).statementOpinionShift;
  if (channel.kind !== 'public' || template !== 'statement' || !allyId || shift === 0) return [];
  const spoke = spokeThisTurn(channel, actor.seatId, state.clock.turn);
  if (spoke) return [];
  return [{ kind: 'allyAttribute', ally: allyId, attribute: 'publicOpinion', delta: shift }];
}

/** Messages come in turn order: only this turn's, at the end of the history, are looked at. */
function spokeThisTurn(channel: Channel, seatId: string | null, turn: number): boolean {
  for (let i = messageCount(channel) - 1; i >= 0; i--) {
    const m = messageAt(channel, i)!;
    if (m.turn < turn) return false;
    if (m.turn === turn && m.from === seatId) return true;
  }
  return false;
}
