import { describe, expect, it } from 'vitest';
import type { ForcesCommand } from './commands';
import { decideForces } from './decide';
import { ally, balticForces, CONTROL, ctxOf, order, RED, SACEUR } from './fixtures';
import { initialForces } from './init';

const start = () => initialForces(balticForces(), '2016', 1);
const code = (command: ForcesCommand, ctx: ReturnType<typeof ctxOf>, state = start()) => {
  const r = decideForces(state, command, ctx);
  return r.ok ? 'accepted' : r.error.code;
};

describe('SACEUR alerts, stages and prepares on own authority; deploys only with the NAC', () => {
  it.each([
    ['alert the VJTF', { type: 'alertUnit', unitId: 'vjtf-lead' }, {}, 'accepted'],
    ['stage the VJTF', { type: 'stageUnit', unitId: 'vjtf-lead' }, {}, 'accepted'],
    [
      'deploy the VJTF without a decision',
      { type: 'deployUnit', unitId: 'vjtf-lead', destination: 'tallinn' },
      {},
      'BEYOND_AUTHORITY',
    ],
    [
      'deploy the VJTF once the NAC decided',
      { type: 'deployUnit', unitId: 'vjtf-lead', destination: 'tallinn' },
      { vjtfDeploymentAuthorised: true },
      'accepted',
    ],
    [
      'deploy the VJTF under a graduated response plan',
      { type: 'deployUnit', unitId: 'vjtf-lead', destination: 'tallinn' },
      { graduatedResponseActive: true },
      'accepted',
    ],
    [
      'deploy the VJTF on a battlegroup decision',
      { type: 'deployUnit', unitId: 'vjtf-lead', destination: 'tallinn' },
      { reinforceBattlegroups: true },
      'BEYOND_AUTHORITY',
    ],
    ['order a national brigade', { type: 'alertUnit', unitId: 'est-1-bde' }, {}, 'NOT_YOUR_UNIT'],
    ['move US forces without consent', { type: 'alertUnit', unitId: 'usa-abct-2' }, {}, 'BEYOND_AUTHORITY'],
    [
      'move US forces with consent',
      { type: 'alertUnit', unitId: 'usa-abct-2' },
      { usConsent: true },
      'accepted',
    ],
    ['order a Red unit', { type: 'alertUnit', unitId: 'rus-138-mrb' }, {}, 'NOT_YOUR_UNIT'],
    ['order a unit that does not exist', { type: 'alertUnit', unitId: 'ghost' }, {}, 'NO_SUCH_UNIT'],
    [
      'send a nuclear signal without the NPG',
      { type: 'signalNuclear', signal: 'dcaDispersal' },
      {},
      'BEYOND_AUTHORITY',
    ],
    [
      'send a nuclear signal with the NPG',
      { type: 'signalNuclear', signal: 'dcaDispersal' },
      { nuclearSignalling: true },
      'accepted',
    ],
    ['send a Red signal', { type: 'signalNuclear', signal: 'explicitThreat' }, {}, 'NOT_YOUR_UNIT'],
  ] as const)('%s → %s', (_name, command, authority, expected) => {
    expect(code(command as ForcesCommand, ctxOf(SACEUR, authority))).toBe(expected);
  });

  it('explains what a refused deployment would need', () => {
    const r = decideForces(
      start(),
      { type: 'deployUnit', unitId: 'vjtf-lead', destination: 'tallinn' },
      ctxOf(SACEUR),
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'BEYOND_AUTHORITY' } });
    expect(!r.ok && r.error.message).toContain('a NAC decision to deploy the VJTF');
  });
});

describe('national forces stay national until their owner assigns them', () => {
  it('lets the owner move them and assign them, then SACEUR commands them', () => {
    expect(code({ type: 'stageUnit', unitId: 'gbr-armd-bde' }, ctxOf(ally('GBR')))).toBe('accepted');
    expect(code({ type: 'assignToNato', unitId: 'gbr-armd-bde' }, ctxOf(ally('FRA')))).toBe('NOT_YOUR_UNIT');
    expect(code({ type: 'assignToNato', unitId: 'gbr-armd-bde' }, ctxOf(SACEUR))).toBe('NOT_YOUR_UNIT');
    const assigned = order(start(), { type: 'assignToNato', unitId: 'gbr-armd-bde' }, ctxOf(ally('GBR')));
    expect(assigned.units['gbr-armd-bde']!.authority).toBe('nato');
    expect(code({ type: 'alertUnit', unitId: 'gbr-armd-bde' }, ctxOf(SACEUR), assigned)).toBe('accepted');
    expect(code({ type: 'alertUnit', unitId: 'gbr-armd-bde' }, ctxOf(ally('GBR')), assigned)).toBe(
      'NOT_YOUR_UNIT',
    );
    expect(code({ type: 'assignToNato', unitId: 'gbr-armd-bde' }, ctxOf(ally('GBR')), assigned)).toBe(
      'ALREADY_DONE',
    );
  });

  it('lets a nation deploy its own forces across borders without the NAC (bilaterally)', () => {
    expect(
      code({ type: 'deployUnit', unitId: 'gbr-armd-bde', destination: 'tapa' }, ctxOf(ally('GBR'))),
    ).toBe('accepted');
  });

  it('calls a move across a border a deployment', () => {
    expect(code({ type: 'moveUnit', unitId: 'gbr-armd-bde', destination: 'tapa' }, ctxOf(ally('GBR')))).toBe(
      'BEYOND_AUTHORITY',
    );
    expect(code({ type: 'moveUnit', unitId: 'est-1-bde', destination: 'rakvere' }, ctxOf(ally('EST')))).toBe(
      'accepted',
    );
  });
});

describe('routes, phases and Red', () => {
  it('refuses a route the unit cannot use', () => {
    // An air wing flies: it cannot drive to a town without an airfield.
    expect(
      code(
        { type: 'deployUnit', unitId: 'nato-air-reinforcement', destination: 'rakvere' },
        ctxOf(ally('USA')),
      ),
    ).toBe('NO_SUCH_ROUTE');
    expect(
      code(
        { type: 'deployUnit', unitId: 'nato-air-reinforcement', destination: 'amari' },
        ctxOf(ally('USA')),
      ),
    ).toBe('accepted');
    expect(
      code(
        { type: 'deployUnit', unitId: 'vjtf-lead', destination: 'atlantis' },
        ctxOf(SACEUR, { article5: true }),
      ),
    ).toBe('NO_SUCH_PLACE');
  });

  it('takes orders only while the phase is open, except from Control', () => {
    expect(code({ type: 'alertUnit', unitId: 'vjtf-lead' }, ctxOf(SACEUR, {}, false))).toBe('PHASE_CLOSED');
    expect(code({ type: 'alertUnit', unitId: 'vjtf-lead' }, ctxOf(CONTROL, {}, false))).toBe('accepted');
  });

  it('lets a human Red cell attack, interdict the corridor and threaten, and begins the incursion', () => {
    const r = decideForces(
      start(),
      { type: 'moveUnit', unitId: 'rus-138-mrb', destination: 'narva' },
      ctxOf(RED),
    );
    expect(r.ok && r.value.map((e) => e.type)).toEqual(['incursionBegan', 'movementOrdered']);
    expect(r.ok && r.value[1]).toMatchObject({ purpose: 'attack', permitRequired: false });
    expect(code({ type: 'interdictRoute', legId: 'marijampole-suwalki-road', hours: 24 }, ctxOf(RED))).toBe(
      'accepted',
    );
    expect(code({ type: 'interdictRoute', legId: 'tapa-tallinn-road', hours: 24 }, ctxOf(RED))).toBe(
      'OUT_OF_REACH',
    );
    expect(code({ type: 'signalNuclear', signal: 'explicitThreat' }, ctxOf(RED))).toBe('accepted');
    expect(code({ type: 'alertUnit', unitId: 'vjtf-lead' }, ctxOf(RED))).toBe('NOT_YOUR_UNIT');
  });

  it('raises the ladder to the signal floor, never lowers it', () => {
    const s = order(start(), { type: 'signalNuclear', signal: 'explicitThreat' }, ctxOf(RED));
    expect(s.escalation).toBe('nuclearUltimatum');
    const again = order(
      s,
      { type: 'signalNuclear', signal: 'npgStatement' },
      ctxOf(SACEUR, { nuclearSignalling: true }),
    );
    expect(again.escalation).toBe('nuclearUltimatum');
    expect(again.signals.map((x) => x.signal)).toEqual(['explicitThreat', 'npgStatement']);
  });

  it('keeps ladder and Red control in Control hands', () => {
    expect(code({ type: 'setEscalation', rung: 'showOfForce', rationale: 'x' }, ctxOf(SACEUR))).toBe(
      'BEYOND_AUTHORITY',
    );
    expect(code({ type: 'setRedControl', mode: 'human' }, ctxOf(CONTROL))).toBe('accepted');
    expect(code({ type: 'setRedControl', mode: 'scripted' }, ctxOf(CONTROL))).toBe('ALREADY_DONE');
  });
});
