// @vitest-environment happy-dom
// The review states the assumptions the exercise ran under, from its first event (ADR 0027).
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import type { Assumption, GameEvent, Scenario } from '@council/shared';
import { AssumptionsInForce } from './AssumptionsInForce';

afterEach(cleanup);

const label = (en: string) => ({ en, fr: en });
const register: Assumption[] = [
  {
    key: 'red-competence',
    kind: 'number',
    label: label('Red’s tactical competence'),
    description: label('Combat and movement modifier.'),
    default: 1,
    min: 0.5,
    max: 1.2,
    unit: '×',
    source: ['rand-rr1253'],
  },
  {
    key: 'red-objective',
    kind: 'choice',
    label: label('Red’s objective'),
    description: label('What Red goes for.'),
    default: 'capitals',
    choices: [
      { id: 'capitals', label: label('The capitals') },
      { id: 'suwalki', label: label('The Suwałki corridor') },
    ],
    source: ['designer-estimate'],
  },
  {
    key: 'us-participation',
    kind: 'choice',
    label: label('US participation'),
    description: label('Whether the US takes part.'),
    default: 'full',
    choices: [
      { id: 'full', label: label('Full') },
      { id: 'withheld', label: label('Withheld') },
    ],
    source: ['designer-estimate'],
  },
];
const balticScenario = { id: 'baltic-tripwire', assumptions: register } as unknown as Scenario;

const created = (assumptions?: Record<string, string | number>): GameEvent => ({
  type: 'exerciseCreated',
  exerciseId: 'e',
  code: 'ABC234',
  title: 'T',
  createdAt: '2026-01-01T00:00:00.000Z',
  scenario: balticScenario,
  ...(assumptions ? { assumptions } : {}),
});

it('shows each assumption with the value in force, a changed one marked', () => {
  render(
    <AssumptionsInForce events={[created({ 'red-competence': 0.8, 'us-participation': 'withheld' })]} />,
  );
  const table = screen.getByTestId('review-assumptions');
  const row = (label: string) => within(table).getByRole('row', { name: new RegExp(label) });
  expect(row('Red.s tactical competence').getAttribute('data-changed')).toBe('yes');
  expect(row('Red.s tactical competence').textContent).toContain('0.8 ×');
  expect(row('US participation').textContent).toContain('Withheld');
  expect(row('US participation').getAttribute('data-changed')).toBe('yes');
  expect(row('Red.s objective').getAttribute('data-changed')).toBe('no');
});

it('states the defaults for a log written before Control could set them', () => {
  render(<AssumptionsInForce events={[created()]} />);
  const rows = within(screen.getByTestId('review-assumptions')).getAllByRole('row');
  expect(rows.length).toBe(1 + register.length);
  expect(rows.slice(1).every((r) => r.getAttribute('data-changed') === 'no')).toBe(true);
});
