// The ceasefire map: the line of contact, the drafted demilitarised zone, and the reassurance
// force's deployment from signature (ADR 0008), on the Ukraine ceasefire scenario.
import { describe, expect, it } from 'vitest';
import type { ExerciseCreated } from '../engine/events';
import { initialState } from '../engine/evolve';
import { advanceTo, playTurns, run, seat } from '../engine/harness';
import type { ExerciseState } from '../engine/state';
import { parseScenario } from '../scenario/load';
import { viewFor } from '../visibility/view';
import { ceasefireMapView } from '../visibility/ceasefireMapView';
import { deploymentAt, marchHours, unitsCalledFor } from './reassurance';
import { ukraineFile, ukraineScenario } from './testScenario';

const raw = ukraineFile();
const scenario = ukraineScenario();
const negotiation = scenario.negotiation!;
const force = negotiation.reassurance!;
const line = negotiation.lineOfContact!;

const SIGNED_AT = '2026-03-05T06:00:00.000Z';
const HOUR = 3_600_000;
const after = (hours: number) => new Date(Date.parse(SIGNED_AT) + hours * HOUR).toISOString();

const FORCE_15K = {
  'reassurance-size': 'mnf-15000',
  'reassurance-lead': 'uk-france-lead',
  'reassurance-mandate': 'train-and-reassure',
};

const created: ExerciseCreated = {
  type: 'exerciseCreated',
  exerciseId: 'ex-map',
  code: 'MAP234',
  title: 'Ceasefire map',
  createdAt: '2026-11-23T09:00:00.000Z',
  scenario,
  seed: 7,
};

/** The exercise at the table, with the text and signature time put in place. */
function withText(clauses: Record<string, string>, signedAt: string | null, time = SIGNED_AT): ExerciseState {
  const state = advanceTo(run(initialState(created), 'control', { type: 'startExercise' }), 'consultation');
  return {
    ...state,
    clock: { ...state.clock, time },
    negotiation: { ...state.negotiation!, clauses, signedAt },
  };
}

describe('the line of contact in the Ukraine scenario', () => {
  it('has the four sectors of the front, joined end to end, inside the map', () => {
    expect(line.sectors.map((s) => s.id)).toEqual(['kharkiv', 'donetsk', 'zaporizhzhia', 'kherson']);
    line.sectors
      .slice(1)
      .forEach((sector, i) => expect(sector.line[0]).toEqual(line.sectors[i]!.line.at(-1)));
    const [[w, s], [e, n]] = line.bounds;
    for (const [lon, lat] of line.sectors.flatMap((x) => x.line)) {
      expect(lon).toBeGreaterThan(w);
      expect(lon).toBeLessThan(e);
      expect(lat).toBeGreaterThan(s);
      expect(lat).toBeLessThan(n);
    }
  });

  it('shows the demilitarised zone the text drafts, in km each side, around Donetsk', () => {
    expect(ceasefireMapView(withText({}, null))!.dmz).toBeNull();
    const drafted = ceasefireMapView(withText({ 'dmz-width': 'dmz-40km' }, null))!.dmz;
    expect(drafted).toEqual({
      issueId: 'dmz-width',
      optionId: 'dmz-40km',
      km: 40,
      sectors: ['donetsk'],
      signed: false,
    });
    expect(ceasefireMapView(withText({ 'dmz-width': 'no-dmz' }, SIGNED_AT))!.dmz).toMatchObject({
      km: 0,
      signed: true,
    });
  });
});

describe('the reassurance force’s deployment (ADR 0008)', () => {
  it('sends nothing before signature, even with a force drafted', () => {
    const map = ceasefireMapView(withText(FORCE_15K, null))!;
    expect(map.reassurance).toMatchObject({ signedAt: null, units: [], troops: 0 });
    expect(deploymentAt(force, FORCE_15K, null, after(500))).toEqual([]);
  });

  it('sends no unit when the signed text has no force, or bars NATO countries’ troops', () => {
    expect(unitsCalledFor(force, { ...FORCE_15K, 'reassurance-size': 'no-force' })).toEqual([]);
    expect(unitsCalledFor(force, { ...FORCE_15K, 'reassurance-lead': 'no-nato-troops' })).toEqual([]);
    expect(unitsCalledFor(force, {})).toEqual([]);
  });

  it('sends 15,000 or 30,000 troops as the size clause says, whoever leads', () => {
    const troops = (clauses: Record<string, string>) =>
      unitsCalledFor(force, clauses).reduce((sum, u) => sum + u.troops, 0);
    expect(troops(FORCE_15K)).toBe(15_000);
    expect(troops({ ...FORCE_15K, 'reassurance-size': 'mnf-30000' })).toBe(30_000);
    const usLead = { ...FORCE_15K, 'reassurance-lead': 'us-troops-in-lead' };
    expect(troops(usLead)).toBe(15_000);
    expect(unitsCalledFor(force, usLead).map((u) => u.id)).toContain('us-bct');
    expect(unitsCalledFor(force, FORCE_15K).map((u) => u.id)).not.toContain('us-bct');
  });

  it('each unit is alerted at signature, moves once its notice has run, and is in place on arrival', () => {
    const uk = (hours: number) =>
      deploymentAt(force, FORCE_15K, SIGNED_AT, after(hours)).find((u) => u.id === 'uk-brigade-1')!;
    const march = marchHours(force, uk(0).from, uk(0).to);
    expect(march).toBeGreaterThan(24);
    expect(uk(0)).toMatchObject({ status: 'alerted', readyAt: after(72), arrivesAt: after(72 + march) });
    expect(uk(0).from.name.en).toBe('Rzeszów');
    expect(uk(0).position).toEqual({ lon: uk(0).from.lon, lat: uk(0).from.lat });
    expect(uk(71).status).toBe('alerted');
    expect(uk(72).status).toBe('moving');
    const halfway = uk(72 + march / 2);
    expect(halfway.status).toBe('moving');
    expect(halfway.position.lon).toBeCloseTo((uk(0).from.lon + uk(0).to.lon) / 2, 1);
    expect(uk(72 + march).status).toBe('inPlace');
    expect(uk(72 + march).position).toEqual({ lon: uk(0).to.lon, lat: uk(0).to.lat });
    // Statuses by hour: ready in turn, from the headquarters' 48 h to the coalition brigade's 120 h.
    const statuses = (hours: number) =>
      Object.fromEntries(
        deploymentAt(force, FORCE_15K, SIGNED_AT, after(hours)).map((u) => [u.id, u.status]),
      );
    expect(statuses(0)).toEqual({
      'mnfu-hq': 'alerted',
      'uk-brigade-1': 'alerted',
      'fr-brigade-1': 'alerted',
      'coalition-brigade-1': 'alerted',
    });
    expect(statuses(48)['mnfu-hq']).toBe('moving');
    expect(statuses(96)).toMatchObject({ 'uk-brigade-1': 'moving', 'coalition-brigade-1': 'alerted' });
    expect(Object.values(statuses(30 * 24))).toEqual(['inPlace', 'inPlace', 'inPlace', 'inPlace']);
  });

  it('a robust mandate deploys the brigades nearer the line, and they take longer to get there', () => {
    const robust = { ...FORCE_15K, 'reassurance-mandate': 'deter-robust-roe' };
    const away = deploymentAt(force, FORCE_15K, SIGNED_AT, SIGNED_AT);
    const near = deploymentAt(force, robust, SIGNED_AT, SIGNED_AT);
    const uk = (units: typeof away) => units.find((u) => u.id === 'uk-brigade-1')!;
    expect(uk(away).to.name.en).toBe('Zhytomyr');
    expect(uk(near).to.name.en).toBe('Dnipro');
    expect(Date.parse(uk(near).arrivesAt)).toBeGreaterThan(Date.parse(uk(away).arrivesAt));
  });

  it('the game clock moves the units: played turns after a real signature', () => {
    const parties = negotiation.parties.map((p) => p.seat);
    let state = seat(initialState(created), ...parties);
    state = advanceTo(run(state, 'control', { type: 'startExercise' }), 'consultation');
    const signed = {
      ...state,
      negotiation: { ...state.negotiation!, clauses: { ...FORCE_15K }, signedAt: state.clock.time },
    };
    const units = (s: ExerciseState) => ceasefireMapView(s)!.reassurance!.units;
    expect(units(signed).every((u) => u.status === 'alerted')).toBe(true);
    const later = playTurns(signed, 3);
    expect(units(later).find((u) => u.id === 'mnfu-hq')!.status).not.toBe('alerted');
    expect(units(playTurns(later, 12)).every((u) => u.status === 'inPlace')).toBe(true);
  });

  it('is public: every party and Control see the same map', () => {
    const state = seat(withText(FORCE_15K, SIGNED_AT, after(100)), 'ukraine', 'russia');
    const presence = { connectedSeats: new Set<string>(), controlConnections: 0 };
    const mapOf = (seatId: string | null, isControl = false) =>
      viewFor(state, { seatId, isControl }, presence).negotiation?.map;
    const control = mapOf(null, true)!;
    expect(control.reassurance!.units).toHaveLength(4);
    expect(mapOf('ukraine')).toEqual(control);
    expect(mapOf('russia')).toEqual(control);
  });
});

describe('the scenario check of the map sections', () => {
  const broken = (patch: (n: typeof negotiation) => typeof negotiation) =>
    parseScenario({ ...(raw as object), negotiation: patch(JSON.parse(JSON.stringify(negotiation))) });

  it('refuses unknown places, options, issues and sectors', () => {
    const result = broken((n) => ({
      ...n,
      lineOfContact: { ...n.lineOfContact!, dmzIssue: 'nowhere', dmzSectors: ['crimea'] },
      reassurance: {
        ...n.reassurance!,
        units: [
          {
            ...n.reassurance!.units[0]!,
            from: 'atlantis',
            when: [{ issue: 'reassurance-size', options: ['huge'] }],
          },
        ],
      },
    }));
    expect(result.ok).toBe(false);
    const messages = result.ok ? [] : result.problems.map((p) => p.message).join('\n');
    expect(messages).toContain('no issue "nowhere"');
    expect(messages).toContain('no sector "crimea"');
    expect(messages).toContain('no place "atlantis"');
    expect(messages).toContain('no option "huge"');
  });
});
