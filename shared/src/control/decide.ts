// Control's console rules (ADR 0009): each command checked, then answered with the events it causes.
import { own } from '../model/lookup';
import { isLive } from '../council/consensus';
import { recordPosition } from '../council/record';
import type { CommandOf } from '../engine/commands';
import { emitter } from '../engine/emit';
import type { GameEvent } from '../engine/events';
import { notControl, notUnderway } from '../engine/guards';
import type { DecideContext, ExerciseState } from '../engine/state';
import { reject, type Rejection } from '../protocol/errors';
import { fail, ok, type Result } from '../protocol/result';
import type { ConsoleCommandType } from './commands';
import { forcesOverridePrevious, isForcesOverride } from './forcesOverride';
import { isPlayable, notLead, seatOrRejection } from './guards';
import { consoleAtStart } from './state';
import { holderNameRefusal } from '../engine/rules/holderNames';
import { inEnglish } from '../scenario/text';

type ConsoleCommand = CommandOf<ConsoleCommandType>;
type Decision = Result<GameEvent[]>;

const isRejection = (x: object): x is Rejection => 'code' in x && 'message' in x;

export function decideConsole(state: ExerciseState, command: ConsoleCommand, ctx: DecideContext): Decision {
  const lead = command.type === 'issueAssistantKey' || command.type === 'revokeAssistantKey';
  const problem = lead ? notLead(ctx.actor) : notControl(ctx.actor);
  if (problem) return fail(problem);
  switch (command.type) {
    case 'repeatPhase':
      return repeatPhase(state, ctx.now);
    case 'injectAdHoc':
      return injectAdHoc(state, command, ctx.now);
    case 'overrideResult':
      return overrideResult(state, command, ctx.now);
    case 'assignSeat':
      return assignSeat(state, command, ctx);
    case 'swapSeats':
      return swapSeats(state, command, ctx.now);
    case 'handSeatToBot':
      return handSeatToBot(state, command.seatId, ctx.now);
    case 'takeSeatFromBot':
      return takeSeatFromBot(state, command.seatId, ctx.now);
    case 'broadcast':
      return broadcast(state, command.text, ctx.now);
    case 'issueAssistantKey': {
      const badName = holderNameRefusal(state, command.name, { seatId: null, control: true });
      if (badName) return fail(badName);
      return ok([
        {
          type: 'assistantKeyIssued',
          keyId: `assistant-${Object.keys(slice(state).assistants).length + 1}`,
          name: command.name,
          keyHash: ctx.newSeatTokenHash,
          at: ctx.now,
        },
      ]);
    }
    case 'revokeAssistantKey': {
      const key = own(slice(state).assistants, command.keyId);
      if (!key || key.revoked) {
        return fail(
          reject('NO_SUCH_ASSISTANT', `No live assistant key has the id "${command.keyId}".`, {
            reason: 'unknown',
            keyId: command.keyId,
          }),
        );
      }
      return ok([{ type: 'assistantKeyRevoked', keyId: command.keyId, at: ctx.now }]);
    }
  }
}

const slice = (state: ExerciseState) => state.console ?? consoleAtStart();

/**
 * Repeating a phase restarts it from its full scenario length with submissions cleared. Nothing
 * already decided in it is undone (that is what rolling back to an earlier turn is for).
 */
function repeatPhase(state: ExerciseState, at: string): Decision {
  const problem = notUnderway(state);
  if (problem) return fail(problem);
  const { phase } = state.session;
  if (!phase) return fail(reject('WRONG_PHASE', 'There is no phase to repeat.', { reason: 'noPhase' }));
  const seconds = state.session.phaseSeconds[phase];
  const turn = state.clock.turn;
  return ok([
    { type: 'phaseRepeated', phase, turn, at },
    { type: 'phaseStarted', phase, turn, at, seconds: seconds > 0 ? seconds : null },
  ]);
}

function injectAdHoc(state: ExerciseState, command: CommandOf<'injectAdHoc'>, at: string): Decision {
  const problem = notUnderway(state);
  if (problem) return fail(problem);
  if (command.audience !== 'all') {
    for (const seatId of command.audience) {
      const seat = seatOrRejection(state, seatId);
      if (isRejection(seat)) return fail(seat);
    }
  }
  return ok([
    {
      type: 'adHocInjectFired',
      injectId: `adhoc-${slice(state).adHocInjects.length + 1}`,
      title: command.title,
      body: command.body,
      audience: command.audience === 'all' ? 'public' : command.audience,
      effects: command.measureEffects ?? [],
      turn: state.clock.turn,
      gameTime: state.clock.time,
      at,
    },
  ]);
}

function overrideResult(state: ExerciseState, command: CommandOf<'overrideResult'>, at: string): Decision {
  if (state.session.status === 'lobby') {
    return fail(
      reject('WRONG_PHASE', 'Nothing has been adjudicated before the exercise starts.', {
        reason: 'nothingAdjudicated',
      }),
    );
  }
  const { target, rationale } = command;
  const stamp = { rationale, turn: state.clock.turn, gameTime: state.clock.time, at };
  if (target.kind === 'measure') {
    const previous = state.measures[target.measure];
    if (previous === target.value) {
      return fail(
        reject('ALREADY_DONE', `${target.measure} already stands at ${target.value}.`, {
          reason: 'measure',
          measure: target.measure,
          value: target.value,
        }),
      );
    }
    return ok([{ type: 'resultOverridden', target, previous, ...stamp }]);
  }
  if (isForcesOverride(target)) {
    const checked = forcesOverridePrevious(state.forces, target);
    if (isRejection(checked)) return fail(checked);
    return ok([{ type: 'resultOverridden', target, previous: checked.previous, ...stamp }]);
  }
  const draft = own(state.council.drafts, target.draftId);
  if (!draft)
    return fail(
      reject('NO_SUCH_DRAFT', `There is no draft "${target.draftId}".`, {
        reason: 'unknown',
        draft: target.draftId,
      }),
    );
  if (!isLive(draft))
    return fail(reject('DRAFT_CLOSED', 'That draft is no longer on the table.', { reason: 'offTable' }));
  if (!own(state.council.allies, target.allyId)) {
    return fail(
      reject('NOT_AN_ALLY', `"${target.allyId}" is not an ally on the Council.`, {
        reason: 'unknown',
        allyId: target.allyId,
      }),
    );
  }
  const before = own(draft.positions, target.allyId);
  if (before?.position === target.position) {
    return fail(
      reject('ALREADY_DONE', `That ally's position is already "${target.position}".`, {
        reason: 'position',
        position: target.position,
      }),
    );
  }
  const b = emitter(state);
  b.emit({ type: 'resultOverridden', target, previous: before?.position ?? null, ...stamp });
  // The overridden position stands: no capital review is scheduled to roll it again.
  recordPosition(b, {
    type: 'positionTaken',
    draftId: draft.id,
    allyId: target.allyId,
    position: target.position,
    // Shown as Control's (never as the delegation's); the rationale only where Control shares it.
    text: command.shareRationale ? rationale : null,
    source: 'control',
    gameTime: state.clock.time,
    reviewAt: null,
    roll: null,
    rng: null,
    at,
  });
  return ok([...b.events]);
}

function assignSeat(state: ExerciseState, command: CommandOf<'assignSeat'>, ctx: DecideContext): Decision {
  const seat = seatOrRejection(state, command.seatId);
  if (isRejection(seat)) return fail(seat);
  if (seat.kind === 'control') {
    return fail(reject('SEAT_RESERVED_FOR_CONTROL', 'Control seats are taken with a control key.'));
  }
  const holder = own(state.seats, seat.id);
  if (holder)
    return fail(
      reject('SEAT_TAKEN', `${inEnglish(seat.label)} is already held by ${holder.displayName}.`, {
        reason: 'held',
        seat: seat.label,
        name: holder.displayName,
      }),
    );
  const badName = holderNameRefusal(state, command.displayName, { seatId: seat.id, control: false });
  if (badName) return fail(badName);
  return ok([
    {
      type: 'seatAssigned',
      seatId: seat.id,
      displayName: command.displayName,
      tokenHash: ctx.newSeatTokenHash,
      at: ctx.now,
    },
  ]);
}

function swapSeats(state: ExerciseState, command: CommandOf<'swapSeats'>, at: string): Decision {
  if (command.a === command.b) return fail(reject('SAME_SEAT', 'Choose two different seats to swap.'));
  for (const id of [command.a, command.b]) {
    const seat = seatOrRejection(state, id);
    if (isRejection(seat)) return fail(seat);
    if (seat.kind === 'control') {
      return fail(reject('SEAT_RESERVED_FOR_CONTROL', 'Control seats are taken with a control key.'));
    }
  }
  if (!own(state.seats, command.a) && !own(state.seats, command.b)) {
    return fail(
      reject('NO_SUCH_SEAT', 'Neither seat is held: there is nobody to swap.', { reason: 'noneHeld' }),
    );
  }
  return ok([{ type: 'seatsSwapped', a: command.a, b: command.b, at }]);
}

/** Only an empty playable seat goes to a bot: Control frees a person's seat first, on purpose. */
function handSeatToBot(state: ExerciseState, seatId: string, at: string): Decision {
  const seat = seatOrRejection(state, seatId);
  if (isRejection(seat)) return fail(seat);
  if (!isPlayable(seat.kind)) {
    return fail(
      reject('SEAT_NOT_PLAYABLE', `${inEnglish(seat.label)} is not a seat a bot can play.`, {
        reason: 'seat',
        seat: seat.label,
      }),
    );
  }
  const holder = own(state.seats, seat.id);
  if (holder?.bot)
    return fail(
      reject('ALREADY_DONE', `A bot already plays ${inEnglish(seat.label)}.`, {
        reason: 'botPlays',
        seat: seat.label,
      }),
    );
  if (holder) {
    return fail(
      reject(
        'SEAT_TAKEN',
        `${holder.displayName} holds ${inEnglish(seat.label)}; free the seat before handing it to a bot.`,
        { reason: 'heldNotBot', seat: seat.label, name: holder.displayName },
      ),
    );
  }
  return ok([{ type: 'seatHandedToBot', seatId: seat.id, at }]);
}

function takeSeatFromBot(state: ExerciseState, seatId: string, at: string): Decision {
  const seat = seatOrRejection(state, seatId);
  if (isRejection(seat)) return fail(seat);
  if (!own(state.seats, seat.id)?.bot)
    return fail(
      reject('NOT_A_BOT_SEAT', `No bot plays ${inEnglish(seat.label)}.`, {
        reason: 'seat',
        seat: seat.label,
      }),
    );
  return ok([{ type: 'seatTakenFromBot', seatId: seat.id, at }]);
}

function broadcast(state: ExerciseState, text: string, at: string): Decision {
  if (state.session.status === 'ended')
    return fail(reject('WRONG_PHASE', 'The exercise has ended.', { reason: 'ended' }));
  return ok([
    {
      type: 'broadcastSent',
      broadcastId: `broadcast-${slice(state).broadcasts.length + 1}`,
      text,
      turn: state.clock.turn,
      gameTime: state.clock.time,
      at,
    },
  ]);
}
