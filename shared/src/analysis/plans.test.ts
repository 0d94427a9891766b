import { describe, expect, it } from 'vitest';
import baltic from '../../../scenarios/baltic-tripwire.json';
import { initialForces, NO_AUTHORITY } from '../forces/index';
import { parseScenario } from '../scenario/load';
import { defaultAssumptions } from './assumptions';
import { balticAnalysis, balticScenario } from './fixtures';
import { authorityAt, planAuthority, responseTiming } from './plans';
import { respond } from './respond';

const plan = (id: string) => balticScenario().responsePlans!.plans.find((p) => p.id === id)!;

describe('response plans', () => {
  it('the Baltic scenario names at least the four plans of the issue, each with sources', () => {
    const plans = balticScenario().responsePlans!.plans;
    expect(plans.map((p) => p.id)).toEqual(
      expect.arrayContaining([
        'vjtf-only',
        'reinforce-battlegroups',
        'graduated-response',
        'article-5-everything',
      ]),
    );
    for (const p of plans) expect(p.source.length).toBeGreaterThan(0);
  });

  it('a plan gives the authority its catalogue decisions set, and no more', () => {
    const catalogue = balticScenario().catalogue;
    expect(planAuthority(plan('vjtf-only'), catalogue)).toEqual({
      ...NO_AUTHORITY,
      vjtfDeploymentAuthorised: true,
      permitsWaived: true,
    });
    expect(planAuthority(plan('reinforce-battlegroups'), catalogue)).toEqual({
      ...NO_AUTHORITY,
      reinforceBattlegroups: true,
      permitsWaived: true,
    });
    const all = planAuthority(plan('article-5-everything'), catalogue);
    expect(all).toMatchObject({ article5: true, graduatedResponseActive: true, usConsent: true });
    expect(all.nuclearSignalling).toBe(false);
  });

  it('nothing is in force before the decision hour; a delayed US consents days later; a withheld one never', () => {
    const catalogue = balticScenario().catalogue;
    const values = defaultAssumptions(balticScenario().assumptions!);
    const auth = planAuthority(plan('graduated-response'), catalogue);
    const delayed = responseTiming(
      plan('graduated-response'),
      { ...values, 'us-participation': 'delayed', 'us-delay-days': 3 },
      100,
    );
    expect(authorityAt(auth, delayed, 99)).toEqual(NO_AUTHORITY);
    expect(authorityAt(auth, delayed, 100)).toMatchObject({
      graduatedResponseActive: true,
      usConsent: false,
    });
    expect(authorityAt(auth, delayed, 172)).toMatchObject({ usConsent: true });
    const withheld = responseTiming(
      plan('graduated-response'),
      { ...values, 'us-participation': 'withheld' },
      100,
    );
    expect(withheld.usConsentHour).toBeNull();
  });

  it('the response bots alert what SACEUR commands from the start, send what the plan authorises as soon as it is decided, and nothing else', () => {
    const a = balticAnalysis('vjtf-only');
    const start = initialForces(a.setup.forces, '2016', 1);
    const moment = (decided: boolean, hostMobilised: boolean) => ({
      authority: decided ? a.setup.plan : NO_AUTHORITY,
      decided,
      hostMobilised,
      destinations: a.setup.destinations,
    });
    // Before the decision SACEUR uses only his own authority: he alerts the units NATO commands.
    const before = respond(start, moment(false, false));
    expect(before.units['vjtf-lead']!.readiness).toBe('alerted');
    expect(before.units['vjtf-lead']!.order).toBeNull();
    expect(before.units['gbr-armd-bde']!.readiness).toBe('garrison');
    expect(before.units['est-1-bde']!.readiness).toBe('garrison');
    const mobilised = respond(start, moment(false, true));
    expect(mobilised.units['est-1-bde']!.readiness).toBe('alerted');
    expect(mobilised.units['vjtf-lead']!.order).toBeNull();
    const decided = respond(start, moment(true, false));
    expect(decided.units['vjtf-lead']!.order?.destination).toBe('riga');
    expect(decided.units['vjtf-main-1']!.order?.destination).toBe('tallinn');
    expect(decided.units['usa-82-irf']!.order).toBeNull();
    expect(decided.units['gbr-armd-bde']!.authority).toBe('national');
  });

  it('under graduated response the allies hand over their brigades and SACEUR moves US forces by consent', () => {
    const a = balticAnalysis('graduated-response');
    const s = respond(initialForces(a.setup.forces, '2016', 1), {
      authority: a.setup.plan,
      decided: true,
      hostMobilised: false,
      destinations: a.setup.destinations,
    });
    expect(s.units['gbr-armd-bde']).toMatchObject({ authority: 'nato' });
    expect(s.units['gbr-armd-bde']!.order?.destination).toBe('tapa');
    expect(s.units['usa-82-irf']!.order?.destination).toBe('riga');
    expect(s.units['usa-82-irf']!.authority).toBe('national');
  });

  it('a plan naming a decision the catalogue lacks, or a unit the forces lack, does not load', () => {
    const data = structuredClone(baltic) as typeof baltic;
    data.responsePlans.plans[0]!.decisions.push('no-such-item');
    data.responsePlans.destinations[0]!.unit = 'no-such-unit';
    const result = parseScenario(data);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.problems.map((p) => p.path);
    expect(paths).toContain('$.responsePlans.plans[0].decisions[2]');
    expect(paths).toContain('$.responsePlans.destinations[0].unit');
  });
});
