// interdictRoute, signalNuclear, setEscalation, setRedControl and grantUsConsent: orders about the theatre.
import type { ForcesContext } from '../authority';
import type { ForcesCommandOf } from '../commands';
import { ESCALATION_RUNGS, rungIndex, SIGNAL_RULES } from '../escalation';
import { accept, refuse, type ForcesResult } from '../errors';
import type { ForcesEvent } from '../events';
import { networkOf, placeName } from '../network';
import type { ForcesState } from '../state';

type Result = ForcesResult<ForcesEvent[]>;

export function interdictRoute(
  state: ForcesState,
  cmd: ForcesCommandOf<'interdictRoute'>,
  ctx: ForcesContext,
): Result {
  if (ctx.actor.role !== 'red' && ctx.actor.role !== 'control') {
    return refuse('NOT_YOUR_UNIT', 'Only Red (or Control) interdicts routes.', { reason: 'interdictRed' });
  }
  const leg = networkOf(state.scenario).legs.get(cmd.legId);
  if (!leg)
    return refuse('NO_SUCH_ROUTE', `There is no route "${cmd.legId}".`, {
      reason: 'unknownLeg',
      legId: cmd.legId,
    });
  if (!leg.corridor)
    return refuse('OUT_OF_REACH', `${leg.from}–${leg.to} is beyond the reach of Red's fires.`, {
      reason: 'leg',
      from: placeName(networkOf(state.scenario), leg.from),
      to: placeName(networkOf(state.scenario), leg.to),
    });
  return accept([
    {
      type: 'routeInterdicted',
      legId: leg.id,
      atHour: state.hour,
      untilHour: state.hour + cmd.hours,
      by: ctx.actor.role === 'red' ? 'red' : 'control',
    },
  ]);
}

export function signalNuclear(
  state: ForcesState,
  cmd: ForcesCommandOf<'signalNuclear'>,
  ctx: ForcesContext,
): Result {
  const rule = SIGNAL_RULES[cmd.signal];
  const role = ctx.actor.role;
  if (rule.side === 'red' && role !== 'red' && role !== 'control') {
    return refuse('NOT_YOUR_UNIT', `"${rule.label}" is a Red option.`, {
      reason: 'redOption',
      signal: cmd.signal,
    });
  }
  if (rule.side === 'blue') {
    if (role !== 'saceur' && role !== 'control')
      return refuse('NOT_YOUR_UNIT', `"${rule.label}" is carried out by SACEUR for the alliance.`, {
        reason: 'saceurSignal',
        signal: cmd.signal,
      });
    if (role === 'saceur' && !ctx.authority.nuclearSignalling) {
      return refuse(
        'BEYOND_AUTHORITY',
        'Allied nuclear signalling needs a decision of the Nuclear Planning Group.',
        { reason: 'npg' },
      );
    }
  }
  const rungAfter = rungIndex(rule.floor) > rungIndex(state.escalation) ? rule.floor : state.escalation;
  return accept([
    { type: 'nuclearSignalSent', side: rule.side, signal: cmd.signal, atHour: state.hour, rungAfter },
  ]);
}

export function setEscalation(
  state: ForcesState,
  cmd: ForcesCommandOf<'setEscalation'>,
  ctx: ForcesContext,
): Result {
  if (ctx.actor.role !== 'control')
    return refuse('BEYOND_AUTHORITY', 'Only Control sets the escalation rung directly.', {
      reason: 'escalation',
    });
  if (!ESCALATION_RUNGS.includes(cmd.rung))
    return refuse('NOT_READY', `Unknown rung "${cmd.rung}".`, { reason: 'unknownRung', rung: cmd.rung });
  if (cmd.rung === state.escalation)
    return refuse('ALREADY_DONE', `The ladder already stands at ${cmd.rung}.`, {
      reason: 'rung',
      rung: cmd.rung,
    });
  return accept([
    { type: 'escalationChanged', rung: cmd.rung, atHour: state.hour, reason: `Control: ${cmd.rationale}` },
  ]);
}

export function setRedControl(
  state: ForcesState,
  cmd: ForcesCommandOf<'setRedControl'>,
  ctx: ForcesContext,
): Result {
  if (ctx.actor.role !== 'control')
    return refuse('BEYOND_AUTHORITY', 'Only Control hands Red to a human cell or to the script.', {
      reason: 'redControl',
    });
  if (cmd.mode === state.redControl)
    return refuse('ALREADY_DONE', `Red is already ${cmd.mode}.`, { reason: 'redMode', mode: cmd.mode });
  return accept([{ type: 'redControlChanged', mode: cmd.mode, atHour: state.hour }]);
}

/** The nation whose consent SACEUR, as US EUCOM commander, needs to move its national forces. */
export const US_NATION = 'USA';

export function grantUsConsent(
  state: ForcesState,
  cmd: ForcesCommandOf<'grantUsConsent'>,
  ctx: ForcesContext,
): Result {
  const { actor } = ctx;
  const us = actor.role === 'ally' && actor.nation === US_NATION;
  if (!us && actor.role !== 'control')
    return refuse(
      'NOT_YOUR_UNIT',
      'Only the United States delegation (or Control for it) gives this consent.',
      { reason: 'usConsent' },
    );
  if (cmd.granted === state.usConsent)
    return refuse(
      'ALREADY_DONE',
      cmd.granted ? 'SACEUR already has US consent.' : 'SACEUR has no US consent to withdraw.',
      { reason: cmd.granted ? 'usConsentGranted' : 'usConsentNone' },
    );
  return accept([
    { type: 'usConsentChanged', granted: cmd.granted, atHour: state.hour, by: us ? 'nation' : 'control' },
  ]);
}
