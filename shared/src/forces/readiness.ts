// Dice for getting ready to move: the notice to move after an alert, and peacetime movement permits.
import { wordAdjudication } from './explain';
import { networkOf } from './network';
import { roll, type Step } from './step';
import type { UnitState } from './state';

const HOURS_PER_DAY = 24;

export function rollNotice(step: Step, u: UnitState, h: number): void {
  const [min, max] = networkOf(step.state.scenario).unitDefs.get(u.id)?.noticeToMoveHours ?? [0, 0];
  const alerted = u.alertedAt ?? h;
  if (step.expected) {
    const readyAt = alerted + Math.round((min + max) / 2);
    step.emit({
      type: 'readinessRolled',
      unitId: u.id,
      atHour: h,
      readyAt,
      dice: { rolls: [], rngAfter: step.state.rng },
      explanation: 'expected notice to move (projection)',
    });
    return;
  }
  const { value, dice } = roll(step, (d) => d.between(min, max));
  step.emit({
    type: 'readinessRolled',
    unitId: u.id,
    atHour: h,
    readyAt: alerted + value,
    dice,
    explanation: wordAdjudication(
      { kind: 'readiness', params: { min, max, rolled: value, readyAt: alerted + value } },
      'en',
    ),
  });
}

export function rollPermit(step: Step, u: UnitState, h: number): void {
  const { mean, max } = step.state.scenario.rules.permitDays;
  if (step.expected) {
    step.emit({
      type: 'permitRolled',
      unitId: u.id,
      atHour: h,
      grantedAt: h + mean * HOURS_PER_DAY,
      dice: { rolls: [], rngAfter: step.state.rng },
      explanation: 'expected permit delay (projection)',
    });
    return;
  }
  // Exponential with the mean of facts.md §3 (10 days on average), capped at its maximum (45).
  const { value: days, dice } = roll(step, (d) =>
    Math.min(max, Math.max(1, Math.round(-mean * Math.log(1 - d.float())))),
  );
  step.emit({
    type: 'permitRolled',
    unitId: u.id,
    atHour: h,
    grantedAt: h + days * HOURS_PER_DAY,
    dice,
    explanation: wordAdjudication({ kind: 'permit', params: { mean, max, days } }, 'en'),
  });
}
