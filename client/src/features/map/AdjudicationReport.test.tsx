// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetStore } from '../../test/fakeTransport';
import { useStore } from '../../store';
import { AdjudicationReport } from './AdjudicationReport';
import { balticExercise, viewOf } from './testExercise';
import type { ForcesPicture, ForcesReportView } from './types';
import { verbatim } from '@council/shared';

const base = viewOf(balticExercise(), 'control').forces!;
const combat: ForcesReportView = {
  type: 'combatResolved',
  atHour: 100,
  placeId: 'narva',
  unitIds: ['est-border-narva'],
  explanation: 'Red attacks Narva: 12 against 2.4, ratio 5:1, column 5:1; die 4.',
  words: {
    kind: 'combatFallsBack',
    side: 'red',
    params: {
      place: verbatim('Narva'),
      attack: 12,
      defence: 2.4,
      terrain: 2,
      posture: 1.2,
      airAttacker: 1,
      airDefender: 1,
      ratio: 5,
      column: '5:1',
      die: 4,
      attackerLoss: 2,
      defenderLoss: 20,
    },
  },
  rolls: [4],
  combat: {
    placeId: 'narva',
    atHour: 100,
    rule: 'combatResultsTable',
    attackerSide: 'red',
    attackers: [{ unitId: 'r1', name: verbatim('Tank regiment'), power: 12, posture: 1 }],
    defenders: [{ unitId: 'est-border-narva', name: verbatim('Border guard'), power: 2, posture: 1.2 }],
    modifiers: [{ name: 'terrain', appliesTo: 'defender', factor: 2, why: 'urban ground at Narva' }],
    attackerPower: 12,
    defenderPower: 2.4,
    ratio: 5,
    column: '5:1',
    result: { attackerLoss: 2, defenderLoss: 20, defenderRetreats: true },
    losses: [{ unitId: 'est-border-narva', before: 100, after: 80 }],
    explanation: 'Red attacks Narva.',
  },
};
const notice: ForcesReportView = {
  type: 'readinessRolled',
  atHour: 98,
  placeId: null,
  unitIds: ['est-1-bde'],
  explanation: 'Notice to move 0–0 h; rolled 0 h.',
  words: { kind: 'readiness', params: { min: 48, max: 72, rolled: 63, readyAt: 161 } },
  rolls: [],
};
const picture = (over: Partial<ForcesPicture>): ForcesPicture => ({ ...base, ...over });

beforeEach(resetStore);
afterEach(cleanup);

describe('the adjudication report', () => {
  it('shows each result with its rule, inputs, modifiers, dice, result and explanation', () => {
    render(<AdjudicationReport forces={picture({ reports: [notice, combat] })} label={(h) => `H${h}`} />);
    const report = screen.getByTestId('adjudication-report');
    const fight = within(report).getByTestId('report-combatResolved-100');
    expect(fight.textContent).toContain('Combat at Narva, H100');
    expect(fight.textContent).toContain('combat results table');
    expect(fight.textContent).toContain('Tank regiment: power 12');
    expect(fight.textContent).toContain('posture ×1.2');
    expect(fight.textContent).toContain('terrain ×2 for the defender: urban ground at Narva');
    expect(fight.textContent).toContain('ratio 5:1, column 5:1');
    expect(fight.textContent).toContain('Dice: 4');
    expect(fight.textContent).toContain('the defender falls back');
    expect(fight.textContent).toContain('Border guard: 100 → 80');
    expect(fight.textContent).toContain('Red attacks Narva: 12 against 2.4');
    // Newest first.
    const items = report.querySelectorAll('article');
    expect(items[0]?.getAttribute('data-testid')).toBe('report-combatResolved-100');
    expect(within(report).getByTestId('report-readinessRolled-98').textContent).toContain('Dice: none');
  });

  it('words every adjudication in French for a French reader, from the rules’ kinds', () => {
    useStore.getState().setLocale('fr');
    render(<AdjudicationReport forces={picture({ reports: [notice, combat] })} label={(h) => `H${h}`} />);
    const fight = screen.getByTestId('report-combatResolved-100').textContent ?? '';
    expect(fight).toContain(
      'Le camp rouge attaque Narva : 12 contre 2,4 (terrain ×2, posture ×1,2, air ×1/×1), rapport 5:1, colonne 5:1 ; dé 4 : attaquant −2, défenseur −20, le défenseur se replie.',
    );
    expect(fight).toContain('terrain urbain à Narva');
    const ready = screen.getByTestId('report-readinessRolled-98').textContent ?? '';
    expect(ready).toContain('Préavis de mouvement de 48 à 72 h ; tirage 63 h');
    for (const english of ['attacks', 'against', 'ground at', 'falls back', 'Notice to move', 'rolled'])
      expect(`${fight} ${ready}`).not.toContain(english);
  });

  it('marks the current rung of the ladder and the nuclear threshold', () => {
    render(<AdjudicationReport forces={picture({ escalation: 'harassment', reports: [] })} label={String} />);
    expect(screen.getByTestId('escalation-rung').textContent).toBe(
      'Current rung: Harassment and acts of violence',
    );
    expect(screen.getByTestId('escalation-rung').getAttribute('data-rung')).toBe('harassment');
    const current = screen.getByTestId('adjudication-report').querySelector('[aria-current="step"]');
    expect(current?.textContent).toContain('Harassment');
    expect(screen.getByTestId('adjudication-report').textContent).toContain('Nuclear threshold');
    expect(screen.getByText('No adjudication yet.')).toBeTruthy();
  });
});
