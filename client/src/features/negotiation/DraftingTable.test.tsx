// @vitest-environment happy-dom
import { act as reactAct, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useStore } from '../../store';
import { installFakeTransport, resetStore, type FakeServer } from '../../test/fakeTransport';
import { joinWith } from '../../test/render';
import { DraftingTable } from './DraftingTable';
import type { Scenario } from '../../../../shared/src/scenario/schema';
import { playTurns } from '../../../../shared/src/engine/harness';
import { COMPROMISE_TEXT } from '../../../../shared/src/negotiation/compromiseFixture';
import { act, signedDeal, talksAtTable, viewOf } from './testTalks';

let server: FakeServer;
beforeEach(() => {
  resetStore();
  server = installFakeTransport();
});
afterEach(cleanup);

const click = async (testId: string) => {
  await reactAct(async () => {
    fireEvent.click(screen.getByTestId(testId));
  });
};

/** Russia's brief and red-line notes: never on Ukraine's screen. */
const RUSSIAN_SECRETS = ['Moscow plays for time', 'An open NATO door is the war'];

describe('the drafting table', () => {
  it('before any draft, a party proposes one from the scenario’s options', async () => {
    joinWith(server, viewOf(talksAtTable(), 'ukraine'));
    render(<DraftingTable />);
    expect(screen.getByTestId('talks-status').textContent).toBe('Talks open');
    expect(screen.queryByTestId('clause-list')).toBeNull();
    fireEvent.change(screen.getByTestId('propose-army-cap'), { target: { value: 'cap-800k' } });
    fireEvent.change(screen.getByTestId('propose-monitoring'), { target: { value: 'us-led-monitoring' } });
    await click('propose-submit');
    expect(server.sent.at(-1)).toEqual({
      type: 'proposeDraft',
      clauses: { 'army-cap': 'cap-800k', monitoring: 'us-led-monitoring' },
    });
  });

  it('shows each clause with its drafter and initials; a party initials and amends', async () => {
    let s = act(talksAtTable(), 'us', { type: 'proposeDraft', clauses: { 'army-cap': 'cap-800k' } });
    s = act(s, 'russia', { type: 'initialClause', issueId: 'army-cap' });
    joinWith(server, viewOf(s, 'ukraine'));
    render(<DraftingTable />);
    const clause = screen.getByTestId('clause-army-cap');
    expect(clause.getAttribute('data-option')).toBe('cap-800k');
    expect(screen.getByTestId('clause-drafter-army-cap').textContent).toBe('Drafted by United States');
    expect(screen.getByTestId('clause-initials-army-cap').textContent).toContain('Initialled by Russia');
    expect(screen.getByTestId('clause-initials-army-cap').textContent).toContain(
      'Awaiting the initials of Ukraine, United States, European Union',
    );
    expect(screen.getByTestId('clause-dmz-width').getAttribute('data-option')).toBe('');
    expect(screen.queryByTestId('initial-dmz-width')).toBeNull();
    await click('initial-army-cap');
    expect(server.sent.at(-1)).toEqual({ type: 'initialClause', issueId: 'army-cap' });
    fireEvent.change(screen.getByTestId('amend-select-army-cap'), { target: { value: 'no-cap' } });
    await click('amend-submit-army-cap');
    expect(server.sent.at(-1)).toEqual({ type: 'amendClause', issueId: 'army-cap', optionId: 'no-cap' });
    // Not complete: signing waits.
    expect((screen.getByTestId('sign-draft') as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByTestId('change-1').textContent).toContain(
      'United States proposed a draft of 1 clauses',
    );
  });

  it('a disabled Sign names the condition the server still refuses it for, never one already met', () => {
    let s = act(talksAtTable(), 'us', { type: 'proposeDraft', clauses: COMPROMISE_TEXT });
    joinWith(server, viewOf(s, 'us'));
    render(<DraftingTable />);
    const reason = () => screen.getByTestId('sign-blocked');
    expect(reason().getAttribute('data-code')).toBe('DRAFT_INCOMPLETE');
    expect(reason().textContent).toContain(
      'Still missing: Line of contact and territorial status (initials of Ukraine, Russia, United States, European Union);',
    );
    expect(reason().textContent).toContain('; 12 more clauses.');
    // Every clause initialled by every party: what is missing now is the Council, and it says so.
    for (const party of s.scenario.negotiation!.parties.map((p) => p.seat))
      for (const issue of s.scenario.negotiation!.issues)
        s = act(s, party, { type: 'initialClause', issueId: issue.id });
    cleanup();
    joinWith(server, viewOf(s, 'us'));
    render(<DraftingTable />);
    expect((screen.getByTestId('sign-draft') as HTMLButtonElement).disabled).toBe(true);
    expect(reason().getAttribute('data-code')).toBe('NO_NAC_CONSENSUS');
    expect(reason().textContent).toBe(
      'The North Atlantic Council has not adopted what Security guarantees commits NATO to.',
    );
    expect(reason().textContent).not.toContain('initialled');
  });

  it('a party sees its own dossier and never another party’s', () => {
    const s = act(talksAtTable(), 'us', {
      type: 'proposeDraft',
      clauses: { 'line-of-contact': 'de-facto-recognition' },
    });
    joinWith(server, viewOf(s, 'ukraine'));
    render(<DraftingTable />);
    const own = screen.getByTestId('own-dossier');
    expect(own.textContent).toContain('Kyiv wants guarantees');
    expect(own.querySelector('[data-crossed="true"]')?.textContent).toContain(
      'No recognition of occupied land',
    );
    expect(screen.queryByTestId('all-dossiers')).toBeNull();
    const page = document.body.textContent ?? '';
    for (const secret of RUSSIAN_SECRETS) expect(page).not.toContain(secret);
  });

  it('Control drafts as mediator, sees every dossier and cannot initial', () => {
    const s = act(talksAtTable(), 'control', { type: 'proposeDraft', clauses: { 'army-cap': 'cap-800k' } });
    joinWith(server, viewOf(s, 'control'));
    render(<DraftingTable />);
    expect(screen.getByTestId('clause-drafter-army-cap').textContent).toBe('Drafted by Control (mediator)');
    expect(screen.queryByTestId('initial-army-cap')).toBeNull();
    expect(screen.getByTestId('amend-submit-army-cap')).toBeTruthy();
    expect(screen.queryByTestId('own-dossier')).toBeNull();
    expect(screen.getByTestId('dossier-russia').textContent).toContain('Moscow plays for time');
    expect(screen.getByTestId('dossier-ukraine').textContent).toContain('Kyiv wants guarantees');
    expect(screen.queryByTestId('sign-draft')).toBeNull();
  });

  it('a party that walked out sees so and can no longer act', () => {
    let s = act(talksAtTable(), 'us', { type: 'proposeDraft', clauses: { 'army-cap': 'cap-800k' } });
    s = act(s, 'turkey', { type: 'walkOut', reason: 'No seat at the table.' });
    joinWith(server, viewOf(s, 'turkey'));
    render(<DraftingTable />);
    expect(screen.getByTestId('you-walked-out')).toBeTruthy();
    expect(screen.getByTestId('party-turkey').getAttribute('data-walked-out')).toBe('true');
    expect(screen.queryByTestId('initial-army-cap')).toBeNull();
    expect(screen.queryByTestId('amend-submit-army-cap')).toBeNull();
    expect(screen.queryByTestId('walk-out')).toBeNull();
  });

  it('EU money: the clause shows whose consent it lacks; the Union’s convener may invoke enhanced cooperation', async () => {
    let s = act(talksAtTable(), 'us', { type: 'proposeDraft', clauses: { 'eu-loan': 'disburse-90bn' } });
    for (const member of ['france', 'germany', 'poland']) {
      s = act(s, member, { type: 'initialClause', issueId: 'eu-loan' });
    }
    joinWith(server, viewOf(s, 'eu'));
    render(<DraftingTable />);
    expect(screen.getByTestId('clause-eu-eu-loan').textContent).toContain('not yet: Hungary');
    expect(screen.queryByTestId('invoke-enhanced-frozen-assets')).toBeNull();
    await click('invoke-enhanced-eu-loan');
    expect(server.sent.at(-1)).toEqual({ type: 'invokeEnhancedCooperation', issueId: 'eu-loan' });
    cleanup();
    // Another party sees the state of consent but gets no such button.
    s = act(s, 'eu', { type: 'invokeEnhancedCooperation', issueId: 'eu-loan' });
    joinWith(server, viewOf(s, 'germany'));
    render(<DraftingTable />);
    expect(screen.getByTestId('clause-eu-eu-loan').textContent).toContain(
      'enhanced cooperation among 24 member states awaits the Council’s authorisation at D+1 06:00; exempt: Hungary',
    );
    expect(screen.queryByTestId('invoke-enhanced-eu-loan')).toBeNull();
  });

  it('offers the mediation tracks the reader belongs to, to open as a channel or go to', async () => {
    const s = talksAtTable();
    joinWith(server, viewOf(s, 'russia'));
    render(<DraftingTable />);
    expect(screen.getByTestId('mediation-tracks').textContent).toContain('Abu Dhabi trilateral');
    expect(screen.queryByTestId('track-us-ukraine')).toBeNull();
    await click('track-open-us-russia');
    expect(server.sent.at(-1)).toEqual({
      type: 'openChannel',
      members: ['us', 'russia'],
      name: 'US–Russia track',
    });
    cleanup();
    const opened = act(s, 'russia', {
      type: 'openChannel',
      members: ['us', 'russia'],
      name: 'US–Russia track',
    });
    joinWith(server, viewOf(opened, 'us'));
    render(<DraftingTable />);
    await click('track-go-us-russia');
    expect(useStore.getState().exerciseTab).toBe('channels');
    expect(useStore.getState().selectedChannel).toBe(opened.channels.order.at(-1));
  });

  it('shows the political currents’ meters to every party, moved by their injects', () => {
    const s = act(talksAtTable(), 'control', { type: 'fireInject', injectId: 'us-posture-review' });
    joinWith(server, viewOf(s, 'ukraine'));
    render(<DraftingTable />);
    const current = screen.getByTestId('current-us-retrenchment');
    expect(current.getAttribute('data-level')).toBe('0.6');
    expect(current.textContent).toContain('US retrenchment60 % (started at 30 %)');
    expect(screen.getByLabelText('Burden shifting to Europe')).toBeTruthy();
  });

  it('a required party that walked out is told its deadline and may return; the others see it', async () => {
    let s = act(talksAtTable(), 'us', { type: 'proposeDraft', clauses: { 'army-cap': 'cap-800k' } });
    s = act(s, 'russia', { type: 'walkOut' });
    joinWith(server, viewOf(s, 'russia'));
    render(<DraftingTable />);
    expect(screen.getByTestId('talks-status').textContent).toBe('Talks suspended');
    expect(screen.getByTestId('you-walked-out').textContent).toContain(
      'Return by D+1 06:00, or the talks collapse.',
    );
    expect(screen.getByTestId('return-by-russia').textContent).toBe('must return by D+1 06:00');
    await click('return-to-talks');
    expect(server.sent.at(-1)).toEqual({ type: 'returnToTalks' });
    cleanup();
    joinWith(server, viewOf(s, 'ukraine'));
    render(<DraftingTable />);
    expect(screen.getByTestId('return-by-russia').textContent).toBe('must return by D+1 06:00');
    expect(screen.queryByTestId('return-to-talks')).toBeNull();
    expect(screen.getByTestId('initial-army-cap')).toBeTruthy();
  });
});

describe('the implementation box after signature', () => {
  const COMPROMISE = {
    'line-of-contact': 'freeze-current-line',
    'dmz-width': 'dmz-10km',
    'army-cap': 'cap-800k',
    'nato-membership': 'defer',
    'security-guarantees': 'article-5-like',
    'reassurance-size': 'mnf-15000',
    'reassurance-lead': 'uk-france-lead',
    'reassurance-mandate': 'train-and-reassure',
    'sanctions-relief': 'staged-with-snapback',
    'frozen-assets': 'stay-frozen',
    'eu-loan': 'disburse-90bn',
    'prisoner-exchange': 'all-for-all',
    elections: 'referendum-60-days',
    'zaporizhzhia-plant': 'international-operation',
    monitoring: 'no-monitoring',
  };
  /** Ukraine breaks the ceasefire every turn, and nobody ever detects it. */
  const unseenBreaches = (scenario: Scenario): Scenario => ({
    ...scenario,
    negotiation: {
      ...scenario.negotiation!,
      implementation: {
        ...scenario.negotiation!.implementation!,
        baseRisk: 1,
        violators: ['ukraine'],
        baseDetection: 0,
        detection: [],
      },
    },
  });

  it('is absent before signature', () => {
    joinWith(server, viewOf(talksAtTable(), 'ukraine'));
    render(<DraftingTable />);
    expect(screen.queryByTestId('implementation')).toBeNull();
  });

  it('at signature, before any adjudication, says the turns to come will show how it holds', () => {
    joinWith(server, viewOf(signedDeal(talksAtTable(), COMPROMISE), 'us'));
    render(<DraftingTable />);
    expect(screen.getByTestId('implementation-held').textContent).toBe(
      'Signed this turn: from the next adjudication on, each turn shows whether the ceasefire held.',
    );
  });

  it('shows the violator its undetected breach; another party sees a ceasefire that held', () => {
    const state = playTurns(signedDeal(talksAtTable(unseenBreaches), COMPROMISE), 2);
    joinWith(server, viewOf(state, 'ukraine'));
    render(<DraftingTable />);
    expect(screen.getByTestId('implementation-held').textContent).toBe(
      'Turns the ceasefire held since signature: 0 of 2.',
    );
    expect(screen.getAllByTestId('violation').map((li) => li.getAttribute('data-detected'))).toEqual([
      'false',
      'false',
    ]);
    expect(screen.getAllByTestId('violation')[0]!.textContent).toContain('undetected');
    expect(screen.getByTestId('implementation-monitoring').textContent).toContain('No monitoring');
    cleanup();
    resetStore();
    server = installFakeTransport();
    joinWith(server, viewOf(state, 'russia'));
    render(<DraftingTable />);
    expect(screen.getByTestId('implementation-held').textContent).toBe(
      'Turns the ceasefire held since signature: 2 of 2.',
    );
    expect(screen.queryByTestId('violation')).toBeNull();
  });

  it('names the monitoring clause the text provides', () => {
    const state = signedDeal(talksAtTable(), { ...COMPROMISE, monitoring: 'us-led-monitoring' });
    joinWith(server, viewOf(state, 'poland'));
    render(<DraftingTable />);
    expect(screen.getByTestId('implementation-monitoring').textContent).toMatch(/^Monitoring: .*85 %/);
  });
});
