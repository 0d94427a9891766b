// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExerciseView } from '@council/shared';
import { makeRunningView } from '../../test/councilFixture';
import { installFakeTransport, resetStore, type FakeServer } from '../../test/fakeTransport';
import { joinWith } from '../../test/render';
import { RepairBanner } from './RepairBanner';

let server: FakeServer;
beforeEach(() => {
  resetStore();
  server = installFakeTransport();
});
afterEach(() => cleanup());

const underRepair = (view: ExerciseView, control: boolean): ExerciseView => ({
  ...view,
  clock: { ...view.clock, underRepair: true },
  ...(control ? { repair: { seq: 41, type: 'unitTeleported' } } : {}),
});

describe('the repair banner', () => {
  it('is not there while the record is sound', () => {
    const view = makeRunningView({ seatId: 'usa', isControl: false });
    joinWith(server, view);
    render(<RepairBanner view={view} />);
    expect(screen.queryByTestId('repair-banner')).toBeNull();
  });

  it('tells a player the exercise is paused for repair, and offers nothing', () => {
    const view = underRepair(makeRunningView({ seatId: 'usa', isControl: false }), false);
    joinWith(server, view);
    render(<RepairBanner view={view} />);
    expect(screen.getByTestId('repair-banner').textContent).toMatch(/paused for repair/);
    expect(screen.queryByTestId('repair-log')).toBeNull();
  });

  it('names the failing event for the lead and repairs it on request', async () => {
    const view = underRepair(makeRunningView({ seatId: null, isControl: true }), true);
    joinWith(server, view);
    render(<RepairBanner view={view} />);
    expect(screen.getByTestId('repair-banner').textContent).toMatch(/event 41 \(unitTeleported\)/);
    await act(async () => {
      fireEvent.click(screen.getByTestId('repair-log'));
    });
    expect(server.sent).toEqual([{ type: 'repairLog', failedSeq: 41 }]);
  });
});
