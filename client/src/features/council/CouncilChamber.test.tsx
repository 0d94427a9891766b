// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExerciseView } from '@council/shared';
import { useStore } from '../../store';
import { makeRunningView } from '../../test/councilFixture';
import { installFakeTransport, resetStore, type FakeServer } from '../../test/fakeTransport';
import { joinWith } from '../../test/render';
import { CouncilChamber } from './CouncilChamber';

let server: FakeServer;
beforeEach(() => {
  resetStore();
  server = installFakeTransport();
});
afterEach(cleanup);

function show(view: ExerciseView) {
  joinWith(server, view);
  render(<CouncilChamber />);
}
const click = async (testId: string) => {
  await act(async () => {
    fireEvent.click(screen.getByTestId(testId));
  });
};

describe('the council chamber', () => {
  it('shows the agenda with states, requesters and effects in words', () => {
    show(makeRunningView({ seatId: 'observer', isControl: false }));
    const a4 = screen.getByTestId('agenda-item-article-4');
    expect(a4.getAttribute('data-state')).toBe('adopted');
    expect(a4.textContent).toContain('Adopted at D+0 13:00, 7 h after it was raised');
    expect(a4.textContent).toContain('Article 4 consultations are held');
    expect(a4.textContent).toContain('Alliance cohesion +3');
    const vjtf = screen.getByTestId('agenda-item-deploy-vjtf');
    expect(vjtf.textContent).toContain('On the table: draft 2');
    expect(vjtf.textContent).toContain('Requested by SACEUR at D+0 08:00');
    expect(screen.getByTestId('effects-waive-permits').textContent).toBe(
      'Hungary leans against “Deploy the VJTF”',
    );
    expect(screen.getByTestId('agenda-item-article-5').getAttribute('data-state')).toBe('catalogue');
    // An observer watches: no request, no position, no chair tools.
    expect(screen.queryByTestId('request-article-5')).toBeNull();
    expect(screen.queryByTestId('take-position-d2')).toBeNull();
    expect(screen.queryByTestId('table-draft')).toBeNull();
  });

  it('shows each draft with its package, text, positions and who awaits instructions', () => {
    show(makeRunningView({ seatId: 'observer', isControl: false }));
    const d2 = screen.getByTestId('draft-d2');
    expect(d2.textContent).toContain('Draft 2 · revision 2');
    expect(d2.textContent).toContain('revises draft 1');
    expect(d2.textContent).toContain('answers France');
    expect(screen.getByTestId('draft-items-d2').textContent).toBe('Deploy the VJTFWaive movement permits');
    expect(d2.textContent).toContain('Package of 2 items');
    const fra = screen.getByTestId('position-d2-fra');
    expect(fra.getAttribute('data-position')).toBe('supportWithReservation');
    expect(fra.textContent).toContain('France reads "deploy" as within 30 days.');
    expect(fra.textContent).toContain('D+0 22:00 · from the capital');
    expect(screen.getByTestId('position-d2-tur').textContent).toContain('Requests amendment');
    expect(screen.getByTestId('position-d2-est').textContent).toContain('Instructed, silent');
    expect(screen.getByTestId('awaiting-d2').textContent).toBe('Awaiting instructions (1): Hungary');
    expect(screen.getByTestId('draft-d1').getAttribute('data-status')).toBe('superseded');
  });

  it('shows a position Control set as Control’s, with the rationale only where Control shared it', () => {
    const view = makeRunningView({ seatId: 'est', isControl: false });
    const council = view.council!;
    const [d2, ...rest] = council.drafts;
    const control = (text: string | null) => ({
      position: 'object' as const,
      text,
      phrase: null,
      at: d2!.tabledAt,
      source: 'control' as const,
    });
    const allies = d2!.allies.map((a) =>
      a.allyId === 'usa'
        ? { ...a, position: control(null) }
        : a.allyId === 'tur'
          ? { ...a, position: control('Ankara holds out.') }
          : a,
    );
    show({ ...view, council: { ...council, drafts: [{ ...d2!, allies }, ...rest] } });
    const usa = screen.getByTestId('position-d2-usa').textContent;
    expect(usa).toContain('set by Control');
    expect(usa).not.toContain('by the delegation');
    expect(screen.getByTestId('position-d2-tur').textContent).toContain('Control’s note: Ankara holds out.');
  });

  it('lets an ally request an item and take a position, asking for the text a reservation needs', async () => {
    show(makeRunningView({ seatId: 'est', isControl: false }));
    await click('request-article-5');
    expect(server.sent.at(-1)).toEqual({ type: 'requestItem', itemId: 'article-5' });
    fireEvent.click(screen.getByTestId('position-choice-d2-supportWithReservation'));
    await click('take-position-d2');
    expect(screen.getByTestId('position-missing-d2').textContent).toContain('footnote');
    fireEvent.change(screen.getByTestId('position-text-d2'), { target: { value: ' Not beyond Narva. ' } });
    await click('take-position-d2');
    expect(server.sent.at(-1)).toEqual({
      type: 'takePosition',
      draftId: 'd2',
      position: 'supportWithReservation',
      text: 'Not beyond Narva.',
    });
    expect(screen.getByTestId('position-d2-est').textContent).toContain('(you)');
    expect(screen.queryByTestId('table-draft')).toBeNull();
  });

  it('tells a delegation when its instructions arrive instead of offering a position', () => {
    const view = makeRunningView({ seatId: 'usa', isControl: false });
    const council = view.council!;
    const d2 = council.drafts[0]!;
    const allies = d2.allies.map((a) =>
      a.allyId === 'usa'
        ? {
            allyId: 'usa',
            status: 'awaitingInstructions' as const,
            position: null,
            instructionsAt: '2026-03-02T09:00:00.000Z',
          }
        : a,
    );
    show({ ...view, council: { ...council, drafts: [{ ...d2, allies }, ...council.drafts.slice(1)] } });
    expect(screen.queryByTestId('take-position-d2')).toBeNull();
    expect(screen.getByTestId('instructions-pending-d2').textContent).toContain('D+1 09:00');
  });

  it('gives the Secretary General the chair: table a package, revise, silence, withdraw', async () => {
    show(makeRunningView({ seatId: 'secgen', isControl: false }));
    expect(screen.getByTestId('council-chair').textContent).toContain('You chair the Council.');
    expect(screen.queryByTestId('take-position-d2')).toBeNull();
    expect(screen.queryByTestId('request-article-5')).toBeNull();
    fireEvent.click(screen.getByTestId('table-item-public-statement'));
    fireEvent.click(screen.getByTestId('table-item-article-5'));
    fireEvent.click(screen.getByTestId('table-silence'));
    expect(screen.getByTestId('table-draft').textContent).toBe('Table a package of 2 items');
    await click('table-draft');
    expect(server.sent.at(-1)).toEqual({
      type: 'tableDraft',
      itemIds: ['public-statement', 'article-5'],
      silenceHours: 24,
    });
    // Türkiye blocks d2: silence is offered but not possible until a revision.
    expect((screen.getByTestId('silence-d2') as HTMLButtonElement).disabled).toBe(true);
    await click('amend-d2');
    fireEvent.change(screen.getByTestId('amend-text-d2'), {
      target: { value: 'Revised: deploy to Estonia.' },
    });
    fireEvent.click(screen.getByTestId('amend-item-d2-waive-permits'));
    await click('amend-submit-d2');
    expect(server.sent.at(-1)).toEqual({
      type: 'amendDraft',
      draftId: 'd2',
      text: 'Revised: deploy to Estonia.',
      itemIds: ['deploy-vjtf'],
    });
    await click('withdraw-d2');
    await click('withdraw-confirm-d2');
    expect(server.sent.at(-1)).toEqual({ type: 'withdrawDraft', draftId: 'd2' });
  });

  it('lets Control chair while the Secretary General’s seat is free, but not when it is held', () => {
    show(makeRunningView({ seatId: null, isControl: true }));
    expect(screen.getByTestId('council-chair').textContent).toContain('you chair the Council');
    expect(screen.getByTestId('table-draft')).toBeTruthy();
    const view = makeRunningView({ seatId: null, isControl: true });
    act(() =>
      server.sink().view({
        ...view,
        seats: view.seats.map((s) => (s.id === 'secgen' ? { ...s, holder: { displayName: 'Jens' } } : s)),
        council: { ...view.council!, chair: { seatId: 'secgen', held: true, youChair: false } },
      }),
    );
    expect(screen.getByTestId('council-chair').textContent).toContain('The Secretary General (Jens) chairs');
    expect(screen.queryByTestId('table-draft')).toBeNull();
  });

  it('shows Control the dice and review times, and a delegation only its own instruction time', () => {
    const view = makeRunningView({ seatId: null, isControl: true });
    const council = view.council!;
    const d2 = council.drafts[0]!;
    const allies = d2.allies.map((a) =>
      a.allyId === 'tur'
        ? { ...a, roll: { score: -0.1, pSupport: 0.27, draw: 0.61 }, reviewAt: '2026-03-03T06:00:00.000Z' }
        : a,
    );
    show({ ...view, council: { ...council, drafts: [{ ...d2, allies }] } });
    expect(screen.getByTestId('position-detail-tur').textContent).toBe(
      'p(support) 0.27, drew 0.61 · reviews its stand at D+2 06:00',
    );
    expect(screen.getByTestId('position-detail-est').textContent).toBe('instructions due D+0 21:00');
  });

  it('counts a silence deadline down in game time', () => {
    const view = makeRunningView({ seatId: 'observer', isControl: false });
    const council = view.council!;
    const d2 = {
      ...council.drafts[0]!,
      status: 'silence' as const,
      silenceDeadline: '2026-03-02T12:00:00.000Z',
    };
    show({ ...view, council: { ...council, drafts: [d2] } });
    const deadline = screen.getByTestId('silence-deadline-d2');
    expect(deadline.textContent).toContain('Silence procedure until D+1 12:00');
    expect(deadline.textContent).toContain('18 h of game time left, about 2 turns');
  });

  it('sets each latency beside the historical anchors', () => {
    show(makeRunningView({ seatId: 'observer', isControl: false }));
    const a4 = screen.getByTestId('latency-article-4');
    expect(a4.getAttribute('data-state')).toBe('decided');
    expect(a4.textContent).toContain('took 7 h');
    expect(a4.textContent).toContain('faster than Article 5 after 9/11');
    const vjtf = screen.getByTestId('latency-deploy-vjtf');
    expect(vjtf.getAttribute('data-state')).toBe('open');
    expect(vjtf.textContent).toContain('waiting for 10 h');
    const anchors = within(screen.getByTestId('latency-panel')).getByRole('list', {
      name: 'Historical anchors: the Council agreeing a measure',
    });
    expect(anchors.textContent).toContain('Libya 2011: about 2 weeks');
    // The 9/11 anchor says which clock its 24 h is: a conditional invocation, not Article 5 in force.
    expect(anchors.textContent).toContain('invoked, conditionally, within about 24 h');
    expect(anchors.textContent).toContain('fully in force only after about 21 days');
  });

  it('offers nothing while the Council does not sit', () => {
    const view = makeRunningView({ seatId: 'est', isControl: false });
    show({ ...view, clock: { ...view.clock, phase: 'adjudication' } });
    expect(screen.queryByTestId('take-position-d2')).toBeNull();
    expect(screen.queryByTestId('request-article-5')).toBeNull();
    expect(useStore.getState().pendingCommand).toBeNull();
  });
});
