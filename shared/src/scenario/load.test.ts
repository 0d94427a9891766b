import { describe, expect, it } from 'vitest';
import { parseScenario } from './load';

const minimal = {
  schemaVersion: 1,
  id: 'mini',
  title: { en: 'Mini', fr: 'Mini' },
  summary: { en: 'A two-seat scenario.', fr: 'Un scénario à deux sièges.' },
  startsAt: '2027-03-01T06:00:00Z',
  turnStepHours: 12,
  seats: [
    { id: 'control', kind: 'control', label: { en: 'Control', fr: 'Control' } },
    { id: 'usa', kind: 'ally', label: { en: 'United States', fr: 'États-Unis' }, nation: 'USA' },
  ],
};

describe('parseScenario', () => {
  it('accepts a minimal valid scenario', () => {
    const result = parseScenario(minimal);
    expect(result.ok).toBe(true);
  });

  it('lists every problem by its JSON path', () => {
    const bad = {
      ...minimal,
      turnStepHours: 0,
      seats: [
        { id: 'usa', kind: 'ally', label: { en: 'United States', fr: 'États-Unis' }, nation: 'usa' },
        { id: 'usa', kind: 'wizard', label: { en: '', fr: '' } },
      ],
    };
    const result = parseScenario(bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.problems.map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        '$.turnStepHours',
        '$.seats[0].nation',
        '$.seats[1].kind',
        '$.seats[1].label.en',
      ]),
    );
  });

  it('refuses duplicate seat ids and a scenario without a control seat', () => {
    const result = parseScenario({
      ...minimal,
      seats: [
        { id: 'usa', kind: 'ally', label: { en: 'United States', fr: 'États-Unis' } },
        { id: 'usa', kind: 'ally', label: { en: 'Again', fr: 'Encore' } },
      ],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual(
      expect.arrayContaining([
        { path: '$.seats[1].id', message: 'duplicate seat id "usa"' },
        { path: '$.seats', message: 'a scenario needs a control seat' },
      ]),
    );
  });

  it('refuses a player-visible text without its French or its English (ADR 0029)', () => {
    const result = parseScenario({
      ...minimal,
      title: { en: 'Mini' },
      summary: 'A two-seat scenario.',
      seats: [
        { id: 'control', kind: 'control', label: { fr: 'Control' } },
        { id: 'usa', kind: 'ally', label: { en: 'United States', fr: ' ' }, nation: 'USA' },
      ],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.path)).toEqual(
      expect.arrayContaining(['$.title.fr', '$.summary', '$.seats[0].label.en', '$.seats[1].label.fr']),
    );
  });

  it('refuses a third language beside English and French', () => {
    const result = parseScenario({ ...minimal, title: { en: 'Mini', fr: 'Mini', de: 'Mini' } });
    expect(result.ok).toBe(false);
  });
});
