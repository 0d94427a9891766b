// The adjudications' words (issue 16, item 2): the rules' kinds and parameters word every recorded
// sentence exactly in English, and in French with French numbers and names; a log recorded before
// the kinds existed keeps its English.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { initialState } from '../engine/evolve';
import type { GameEvent } from '../engine/events';
import { eventAdjudicationWords, modifierWhy, wordAdjudication } from './explain';
import { ADJUDICATION_WORDS } from './explainWords';
import type { CombatRecord } from './combat';
import type { ForcesReport } from './events';

const golden = JSON.parse(
  readFileSync(new URL('../../../tests/replays/baltic-vjtf.golden.json', import.meta.url), 'utf8'),
) as { events: GameEvent[] };
const created = golden.events[0] as Extract<GameEvent, { type: 'exerciseCreated' }>;
const scenario = initialState(created).forces!.scenario;
const explained = golden.events.filter(
  (e): e is GameEvent & ForcesReport => e.type === 'combatResolved' || e.type === 'readinessRolled',
);

describe('the words of an adjudication', () => {
  it('word every sentence the golden log recorded, exactly, in English', () => {
    expect(explained.length).toBeGreaterThan(30);
    for (const event of explained) {
      const words = eventAdjudicationWords(event, scenario)!;
      expect(words.kind).not.toBe('recorded');
      expect(wordAdjudication(words, 'en')).toBe((event as { explanation: string }).explanation);
    }
  });

  it('word a combat round in French, with French numbers, names and result', () => {
    const combat = explained.find((e) => e.type === 'combatResolved')!;
    const text = wordAdjudication(eventAdjudicationWords(combat, scenario)!, 'fr');
    expect(text).toMatch(/^(Le camp rouge|L’OTAN) attaque .+ : .+ contre .+rapport .+:1, colonne .+ ; dé \d/);
    expect(text).not.toMatch(/attacks|against|die|defender|holds/);
    expect(text).not.toMatch(/\d\.\d/);
  });

  it('word a destruction and a capture with the scenario’s names, never an id', () => {
    for (const type of ['unitDestroyed', 'placeCaptured'] as const) {
      const event = golden.events.find((e) => e.type === type)!;
      const words = eventAdjudicationWords(event, scenario)!;
      expect(words.kind).not.toBe('recorded');
      const fr = wordAdjudication(words, 'fr');
      expect(fr).not.toContain((event as { placeId: string }).placeId);
      expect(fr).toMatch(type === 'unitDestroyed' ? /détruite/ : / prend /);
    }
  });

  it('word a permit roll from the rules in force', () => {
    const event: ForcesReport = {
      type: 'permitRolled',
      unitId: 'x',
      atHour: 10,
      grantedAt: 10 + 12 * 24,
      dice: { rolls: [0.5], rngAfter: [1, 2, 3, 4] },
      explanation: 'Peacetime movement permits take 10 days on average, up to 45; this one takes 12 days.',
    };
    const words = eventAdjudicationWords(event, scenario)!;
    expect(wordAdjudication(words, 'en')).toBe(
      `Peacetime movement permits take ${scenario.rules.permitDays.mean} days on average, up to ${scenario.rules.permitDays.max}; this one takes 12 days.`,
    );
    expect(wordAdjudication(words, 'fr')).toContain('celle-ci prend 12 jours');
  });

  it('keep an old sentence it cannot read as it was recorded', () => {
    const old = { type: 'unitDestroyed', unitId: 'u', atHour: 1, placeId: 'p', cause: 'struck by lightning' };
    expect(wordAdjudication(eventAdjudicationWords(old, scenario)!, 'fr')).toBe('struck by lightning');
  });

  it('name the defenders’ postures in Control’s combat detail, from the recorded round', () => {
    const combats = explained.filter((e) => e.type === 'combatResolved');
    const posture = (e: (typeof combats)[number]) =>
      (e as unknown as CombatRecord).modifiers.find((m) => m.name === 'posture')!;
    const hasty = combats.find((e) => posture(e).why === 'hasty defence, caught in garrison')!;
    expect(modifierWhy(posture(hasty), null, true, 'en')).toBe('hasty defence, caught in garrison');
    expect(modifierWhy(posture(hasty), null, true, 'fr')).toBe('défense improvisée, surpris en garnison');
    for (const e of combats)
      expect(modifierWhy(posture(e), null, true, 'fr')).not.toMatch(/disponibilité|[a-z] [a-z]+ce\b/);
    // A log from other rules keeps the general wording; a round with nobody to defend says so.
    const other = { name: 'posture', appliesTo: 'defender' as const, factor: 1, why: 'dug in' };
    expect(modifierWhy(other, null, true, 'fr')).toBe('disponibilité des défenseurs');
    expect(modifierWhy(other, null, false, 'en')).toBe('no defenders');
  });

  it('has every template in both languages with the same placeholders', () => {
    const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    expect(Object.keys(ADJUDICATION_WORDS.fr).sort()).toEqual(Object.keys(ADJUDICATION_WORDS.en).sort());
    for (const [key, en] of Object.entries(ADJUDICATION_WORDS.en))
      expect(holes(ADJUDICATION_WORDS.fr[key as keyof typeof ADJUDICATION_WORDS.fr]), key).toEqual(holes(en));
  });
});
