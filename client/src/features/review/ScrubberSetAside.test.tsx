// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TimelineEntry } from '@council/shared';
import { resetStore } from '../../test/fakeTransport';
import { Scrubber } from './Scrubber';

beforeEach(() => resetStore());
afterEach(cleanup);

const entry = (
  seq: number,
  type: TimelineEntry['type'],
  label: string,
  setAside: boolean,
): TimelineEntry => ({
  seq,
  type,
  gameTime: null,
  at: null,
  label,
  setAside,
});
const entries = [
  entry(0, 'exerciseCreated', 'Exercise created', false),
  entry(1, 'turnStarted', 'Turn 1 started', false),
  entry(2, 'turnStarted', 'Turn 2 started', true),
  entry(3, 'rolledBack', 'Rolled back to the start of turn 1', false),
];

describe('the review timeline after a rollback', () => {
  it('marks a set-aside moment and lists the rollback among the key moments', () => {
    const { rerender } = render(<Scrubber entries={entries} index={2} onChange={() => {}} tags={[]} />);
    expect(screen.getByTestId('review-set-aside').textContent).toMatch(/set this moment aside/);
    const options = [...(screen.getByTestId('review-jump') as HTMLSelectElement).options].map((o) => o.text);
    expect(options).toContain('2 · Turn 2 started · set aside');
    expect(options).toContain('3 · Rolled back to the start of turn 1');
    rerender(<Scrubber entries={entries} index={1} onChange={() => {}} tags={[]} />);
    expect(screen.queryByTestId('review-set-aside')).toBeNull();
  });
});
