import { describe, expect, it } from 'vitest';
import { decide } from '../engine/decide';
import { initialState } from '../engine/evolve';
import { created } from '../engine/fixtures';
import { advanceTo, ctxFor, run, runLogged, seat } from '../engine/harness';
import type { Command } from '../engine/commands';
import type { ExerciseState } from '../engine/state';
import { addHours, hoursBetween } from '../time/gameTime';

const T0 = '2027-03-01T06:00:00.000Z';
/** usa, est and deu are played, fra and hun are left to the capital model; the chair is seated. */
const consulting = advanceTo(
  seat(
    run(initialState(created), 'control', { type: 'startExercise' }),
    'usa',
    'est',
    'deu',
    'secgen',
    'saceur',
    'red',
  ),
  'consultation',
);

const table = (
  s: ExerciseState,
  itemIds: string[],
  extra: Partial<Extract<Command, { type: 'tableDraft' }>> = {},
) => run(s, 'secgen', { type: 'tableDraft', itemIds, ...extra });
const support = (s: ExerciseState, allyId: string, draftId = 'd1') =>
  run(s, allyId, { type: 'takePosition', draftId, position: 'support' });

describe('tabling a draft', () => {
  it('rolls each capital’s instruction time, carries the dice state, and starts the item’s latency clock', () => {
    const { state, events } = runLogged(consulting, 'secgen', { type: 'tableDraft', itemIds: ['article-4'] });
    const tabled = events[0];
    expect(tabled?.type).toBe('draftTabled');
    if (tabled?.type !== 'draftTabled') return;
    expect(Object.keys(tabled.instructionsAt)).toEqual(['usa', 'est', 'deu', 'fra', 'hun']);
    for (const due of Object.values(tabled.instructionsAt)) {
      // Article 4 weighs 0.5: executive capitals answer in 1–4 h, Germany's coalition in at most 7.2 h.
      expect(hoursBetween(T0, due)).toBeGreaterThanOrEqual(1);
      expect(hoursBetween(T0, due)).toBeLessThanOrEqual(7.2);
    }
    expect(state.rng).toEqual(tabled.rng);
    expect(state.rng).not.toEqual(consulting.rng);
    expect(state.council.drafts.d1).toMatchObject({
      status: 'open',
      text: { en: 'The Council will consult.', fr: 'The Council will consult.' },
      revision: 1,
    });
    expect(state.council.agenda['article-4']).toMatchObject({ raisedAt: T0, adoptedAt: null });
  });
});

describe('consensus', () => {
  it('adopts when every ally supports — reservations count — at the last position’s game time, and applies the effects', () => {
    let s = table(consulting, ['article-4']);
    s = support(support(s, 'usa'), 'est');
    s = run(s, 'deu', {
      type: 'takePosition',
      draftId: 'd1',
      position: 'supportWithReservation',
      text: 'Footnote: no new deployments.',
    });
    expect(s.council.drafts.d1?.status).toBe('open');
    // fra and hun are nobody's: their capitals speak when the turn is played out.
    s = advanceTo(s, 'adjudication');
    const draft = s.council.drafts.d1;
    expect(draft?.positions.fra?.source).toBe('capital');
    expect(draft?.status).toBe('adopted');
    expect(draft?.adoptedVia).toBe('consensus');
    const last = Object.values(draft?.positions ?? {})
      .map((p) => p.at)
      .sort()
      .at(-1);
    expect(draft?.adoptedAt).toBe(last);
    expect(s.council.agenda['article-4']?.latencyHours).toBeCloseTo(hoursBetween(T0, last ?? T0), 2);
    expect(s.flags.article4Consultations).toBe(true);
    expect(s.measures.cohesion).toBe(65);
  });

  it('measures latency from the first request, not from the tabling', () => {
    let s = run(advanceTo(consulting, 'situation'), 'est', {
      type: 'requestItem',
      itemId: 'activate-grp',
      note: 'Urgent',
    });
    const requestedAt = s.clock.time;
    s = playTurns1(s);
    s = table(s, ['activate-grp']);
    for (const a of ['usa', 'est', 'deu']) s = support(s, a);
    s = advanceTo(s, 'adjudication');
    const item = s.council.agenda['activate-grp'];
    expect(item?.raisedAt).toBe(requestedAt);
    expect(item?.raisedBy).toBe('est');
    expect(item?.latencyHours).toBeGreaterThanOrEqual(12);
    expect(s.flags.saceurMayDeploy).toBe(true);
  });

  it('keeps a draft open while an ally objects, and a package deal adopts every item in it', () => {
    let s = table(consulting, ['activate-grp', 'deploy-vjtf'], { text: 'Package: plans and the VJTF.' });
    s = run(s, 'est', {
      type: 'takePosition',
      draftId: 'd1',
      position: 'object',
      text: 'Not without Article 4 first.',
    });
    expect(s.council.drafts.d1?.positions.est?.position).toBe('object');
    const blocked = decide(s, { type: 'placeUnderSilence', draftId: 'd1', hours: 24 }, ctxFor(s, 'secgen'));
    expect(blocked.ok ? 'ok' : blocked.error.code).toBe('DRAFT_BLOCKED');
    s = support(s, 'est');
    s = support(support(s, 'usa'), 'deu');
    s = playUntil(s, (x) => x.council.drafts.d1?.status === 'adopted', 40);
    expect(s.flags.vjtfAuthorised && s.flags.saceurMayDeploy).toBe(true);
    expect(s.council.agenda['activate-grp']?.latencyHours).toBe(
      s.council.agenda['deploy-vjtf']?.latencyHours,
    );
  });
});

describe('a seat left empty', () => {
  it('hands a blocking stand to the capital model, which reviews it when the turn is played', () => {
    let s = table(consulting, ['article-4']);
    s = run(s, 'usa', { type: 'takePosition', draftId: 'd1', position: 'object', text: 'No.' });
    s = run(s, 'usa', { type: 'releaseSeat', seatId: 'usa' });
    s = advanceTo(s, 'adjudication');
    expect(s.council.drafts.d1?.positions.usa?.source).toBe('capital');
  });
});

describe('amendments', () => {
  it('a revision supersedes the draft, resets positions, and accommodates those who blocked it', () => {
    let s = table(consulting, ['deploy-vjtf']);
    s = run(s, 'deu', {
      type: 'takePosition',
      draftId: 'd1',
      position: 'requestAmendment',
      text: 'Add a review after 30 days.',
    });
    s = support(s, 'usa');
    s = run(s, 'secgen', {
      type: 'amendDraft',
      draftId: 'd1',
      text: 'The VJTF deploys; the Council reviews after 30 days.',
    });
    expect(s.council.drafts.d1?.status).toBe('superseded');
    expect(s.council.drafts.d2).toMatchObject({
      revision: 2,
      supersedes: 'd1',
      accommodates: ['deu'],
      positions: {},
    });
    const stale = decide(s, { type: 'takePosition', draftId: 'd1', position: 'support' }, ctxFor(s, 'usa'));
    expect(stale.ok ? 'ok' : stale.error.code).toBe('DRAFT_CLOSED');
  });
});

describe('silence procedure', () => {
  it('adopts at the game-time deadline when nobody breaks silence', () => {
    let s = table(consulting, ['article-4'], { silenceHours: 6 });
    expect(s.council.drafts.d1).toMatchObject({ status: 'silence', silenceDeadline: addHours(T0, 6) });
    s = advanceTo(s, 'adjudication');
    expect(s.council.drafts.d1).toMatchObject({
      status: 'adopted',
      adoptedVia: 'silence',
      adoptedAt: addHours(T0, 6),
    });
    expect(s.council.agenda['article-4']?.latencyHours).toBe(6);
    s = advanceTo(s, 'consultation');
    const late = decide(
      s,
      { type: 'takePosition', draftId: 'd1', position: 'object', text: 'Too late' },
      ctxFor(s, 'usa'),
    );
    expect(late.ok ? 'ok' : late.error.code).toBe('DEADLINE_PASSED');
  });

  it('brings every capital’s instructions forward to an hour before a short deadline', () => {
    const s = table(consulting, ['deploy-vjtf'], { silenceHours: 3 });
    for (const due of Object.values(s.council.drafts.d1?.instructionsAt ?? {})) {
      expect(hoursBetween(T0, due)).toBeLessThanOrEqual(2);
    }
  });

  it('an objection breaks silence and sends the draft back to the table', () => {
    let s = table(consulting, ['article-4'], { silenceHours: 24 });
    const { state, events } = runLogged(s, 'est', {
      type: 'takePosition',
      draftId: 'd1',
      position: 'object',
      text: 'We want more.',
    });
    expect(events.map((e) => e.type)).toEqual(['positionTaken', 'silenceBroken']);
    s = state;
    expect(s.council.drafts.d1).toMatchObject({ status: 'open', silenceDeadline: null });
    s = advanceTo(s, 'adjudication');
    expect(s.council.drafts.d1?.status).toBe('open');
  });
});

describe('bad input is refused with a code and changes nothing', () => {
  const open = table(consulting, ['article-4']);
  const adjudicating = advanceTo(open, 'adjudication');
  const asked = run(open, 'usa', {
    type: 'postMessage',
    channelId: 'control:usa',
    template: 'rfi',
    body: 'Where are the drones from?',
  });
  const cases: [string, ExerciseState, string, Command, string][] = [
    [
      'the chair takes a position',
      open,
      'secgen',
      { type: 'takePosition', draftId: 'd1', position: 'support' },
      'NOT_AN_ALLY',
    ],
    [
      'SACEUR takes a position',
      open,
      'saceur',
      { type: 'takePosition', draftId: 'd1', position: 'support' },
      'NOT_AN_ALLY',
    ],
    [
      'Control takes a position',
      open,
      'control',
      { type: 'takePosition', draftId: 'd1', position: 'object' },
      'NOT_AN_ALLY',
    ],
    [
      'an ally tables a draft',
      open,
      'usa',
      { type: 'tableDraft', itemIds: ['deploy-vjtf'] },
      'NOT_THE_CHAIR',
    ],
    ['Red amends a draft', open, 'red', { type: 'amendDraft', draftId: 'd1', text: 'x' }, 'NOT_THE_CHAIR'],
    ['Red raises an item', open, 'red', { type: 'requestItem', itemId: 'article-4' }, 'NOT_ON_THE_COUNCIL'],
    [
      'a position during adjudication',
      adjudicating,
      'usa',
      { type: 'takePosition', draftId: 'd1', position: 'support' },
      'WRONG_PHASE',
    ],
    [
      'a draft during the situation brief',
      advanceTo(open, 'situation'),
      'secgen',
      { type: 'tableDraft', itemIds: ['deploy-vjtf'] },
      'WRONG_PHASE',
    ],
    [
      'a position on no draft',
      open,
      'usa',
      { type: 'takePosition', draftId: 'd9', position: 'support' },
      'NO_SUCH_DRAFT',
    ],
    [
      'silence on no draft',
      open,
      'secgen',
      { type: 'placeUnderSilence', draftId: 'd9', hours: 24 },
      'NO_SUCH_DRAFT',
    ],
    ['a draft of no item', open, 'secgen', { type: 'tableDraft', itemIds: ['article-99'] }, 'NO_SUCH_ITEM'],
    [
      'an item already on a draft',
      open,
      'secgen',
      { type: 'tableDraft', itemIds: ['article-4'] },
      'ITEM_ON_TABLE',
    ],
    [
      'a reservation without its footnote',
      open,
      'usa',
      { type: 'takePosition', draftId: 'd1', position: 'supportWithReservation' },
      'TEXT_REQUIRED',
    ],
    [
      'an amendment request without text',
      open,
      'usa',
      { type: 'takePosition', draftId: 'd1', position: 'requestAmendment', text: '' },
      'TEXT_REQUIRED',
    ],
    [
      'silence twice',
      run(open, 'secgen', { type: 'placeUnderSilence', draftId: 'd1', hours: 24 }),
      'secgen',
      { type: 'placeUnderSilence', draftId: 'd1', hours: 24 },
      'ALREADY_UNDER_SILENCE',
    ],
    [
      'a position before instructions arrive',
      run(open, 'control', { type: 'setTurnStep', hours: 1 }),
      'deu',
      { type: 'takePosition', draftId: 'd1', position: 'support' },
      'INSTRUCTIONS_PENDING',
    ],
    [
      'a message to a channel the sender is not in',
      open,
      'deu',
      { type: 'postMessage', channelId: 'control:usa', template: 'freeText', body: 'Hello.' },
      'NOT_IN_CHANNEL',
    ],
    [
      'a message to no channel',
      open,
      'usa',
      { type: 'postMessage', channelId: 'ch9', template: 'freeText', body: 'Hello.' },
      'NO_SUCH_CHANNEL',
    ],
    [
      'an RFI answer by a seat',
      asked,
      'usa',
      { type: 'answerRfi', messageId: 'control:usa.1', body: 'Here.' },
      'NOT_CONTROL',
    ],
    [
      'an answer to a message that is no RFI',
      run(open, 'usa', { type: 'postMessage', channelId: 'nac', template: 'sitrep', body: 'Calm.' }),
      'control',
      { type: 'answerRfi', messageId: 'nac.1', body: 'Noted.' },
      'NOT_AN_RFI',
    ],
    [
      'a channel its opener is not in',
      open,
      'usa',
      { type: 'openChannel', members: ['est', 'deu'] },
      'BAD_MEMBERS',
    ],
    [
      'a channel with a seat the scenario lacks',
      open,
      'usa',
      { type: 'openChannel', members: ['usa', 'atlantis'] },
      'BAD_MEMBERS',
    ],
    [
      'a back-channel the scenario does not allow',
      open,
      'usa',
      { type: 'openChannel', members: ['usa', 'red'] },
      'NOT_ALLOWED_IN_SCENARIO',
    ],
    [
      'a mention of a seat outside the channel',
      open,
      'usa',
      { type: 'postMessage', channelId: 'nac', template: 'freeText', body: 'Hi.', mentions: ['red'] },
      'BAD_MENTIONS',
    ],
    [
      'a read mark on a message the channel lacks',
      open,
      'usa',
      { type: 'markRead', channelId: 'nac', messageId: 'nac.9' },
      'NO_SUCH_MESSAGE',
    ],
  ];
  it.each(cases)('%s', (_what, state, seatId, command, code) => {
    const before = JSON.stringify(state);
    const result = decide(state, command, ctxFor(state, seatId));
    expect(result.ok ? 'accepted' : result.error.code).toBe(code);
    if (!result.ok) expect(result.error.message.length).toBeGreaterThan(10);
    expect(JSON.stringify(state)).toBe(before);
  });

  it('refuses a decided item', () => {
    const s = playTurns1(table(consulting, ['article-4'], { silenceHours: 2 }));
    const again = decide(s, { type: 'tableDraft', itemIds: ['article-4'] }, ctxFor(s, 'secgen'));
    expect(again.ok ? 'ok' : again.error.code).toBe('ITEM_ADOPTED');
  });
});

function playTurns1(s: ExerciseState): ExerciseState {
  return advanceTo(advanceTo(s, 'adjudication'), 'consultation');
}

function playUntil(s: ExerciseState, done: (s: ExerciseState) => boolean, maxTurns: number): ExerciseState {
  let x = s;
  for (let i = 0; i < maxTurns && !done(x); i++) x = playTurns1(x);
  if (!done(x)) throw new Error('condition never met');
  return x;
}
