import { describe, expect, it } from 'vitest';
import { parseScenario } from './load';

const minimal = {
  schemaVersion: 1,
  id: 'mini',
  title: 'Mini',
  summary: 'A two-seat scenario.',
  startsAt: '2027-03-01T06:00:00Z',
  turnStepHours: 12,
  seats: [
    { id: 'control', kind: 'control', label: 'Control' },
    { id: 'usa', kind: 'ally', label: 'United States', nation: 'USA' },
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
        { id: 'usa', kind: 'ally', label: 'United States', nation: 'usa' },
        { id: 'usa', kind: 'wizard', label: '' },
      ],
    };
    const result = parseScenario(bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.problems.map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining(['$.turnStepHours', '$.seats[0].nation', '$.seats[1].kind', '$.seats[1].label']),
    );
  });

  it('refuses duplicate seat ids and a scenario without a control seat', () => {
    const result = parseScenario({
      ...minimal,
      seats: [
        { id: 'usa', kind: 'ally', label: 'United States' },
        { id: 'usa', kind: 'ally', label: 'Again' },
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
});
