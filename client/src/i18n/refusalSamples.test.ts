// Real refusals, made by running commands against the rules on the Baltic exercise and the Ukraine
// talks, worded for a French reader from their code, reason and params: the French holds no English.
import { describe, expect, it } from 'vitest';
import type { Command, Rejection } from '@council/shared';
import { decide } from '../../../shared/src/engine/decide';
import { ctxFor } from '../../../shared/src/engine/harness';
import { advanceTo, balticExercise, order, type ExerciseState } from '../features/map/testExercise';
import { talksAtTable } from '../features/negotiation/testTalks';
import { errorText } from './errors';

/** Words that betray an English sentence (none of them is French). */
const ENGLISH = /\b(the|is|has|have|not|already|only|there|with|your|this|that|which|cannot|needs)\b/i;

function refusal(state: ExerciseState, seatId: string, command: Command): Rejection {
  const result = decide(state, command, ctxFor(state, seatId));
  if (result.ok) throw new Error(`${seatId} ${command.type} was not refused`);
  return result.error;
}

const baltic = balticExercise('secgen', 'saceur', 'usa', 'gbr', 'deu', 'est', 'hun', 'red', 'observer');
const drafted = order(baltic, 'secgen', { type: 'tableDraft', itemIds: ['article-4'] });
const draftId = Object.keys(drafted.council.drafts)[0] ?? 'd1';
const alerted = order(baltic, 'est', { type: 'alertUnit', unitId: 'est-1-bde' });
const talks = talksAtTable();

const SAMPLES: readonly (readonly [string, ExerciseState, string, Command])[] = [
  ['an unknown unit', baltic, 'saceur', { type: 'alertUnit', unitId: 'no-such-unit' }],
  ['a Red unit ordered by an ally', baltic, 'usa', { type: 'alertUnit', unitId: 'rus-138-mrb' }],
  ['a unit of another nation', baltic, 'gbr', { type: 'alertUnit', unitId: 'est-1-bde' }],
  ['a unit alerted twice', alerted, 'est', { type: 'alertUnit', unitId: 'est-1-bde' }],
  [
    'a unit under national command ordered by SACEUR',
    baltic,
    'saceur',
    { type: 'alertUnit', unitId: 'est-1-bde' },
  ],
  ['a unit halted without orders', baltic, 'est', { type: 'haltUnit', unitId: 'est-1-bde' }],
  ['an observer’s order', baltic, 'observer', { type: 'alertUnit', unitId: 'est-1-bde' }],
  [
    'a move to an unknown place',
    baltic,
    'est',
    { type: 'moveUnit', unitId: 'est-1-bde', destination: 'atlantis' },
  ],
  [
    'a move to where the unit stands',
    baltic,
    'est',
    { type: 'moveUnit', unitId: 'est-1-bde', destination: 'tapa' },
  ],
  [
    'an ally interdicting a route',
    baltic,
    'usa',
    { type: 'interdictRoute', legId: 'narva-johvi-road', hours: 6 },
  ],
  [
    'a route beyond Red’s fires',
    baltic,
    'red',
    { type: 'interdictRoute', legId: 'kingisepp-narva-road', hours: 6 },
  ],
  ['a Red nuclear signal by NATO', baltic, 'usa', { type: 'signalNuclear', signal: 'doctrineStatement' }],
  ['an allied signal without the NPG', baltic, 'saceur', { type: 'signalNuclear', signal: 'npgStatement' }],
  [
    'the ladder set by a player',
    baltic,
    'usa',
    { type: 'setEscalation', rung: 'showOfForce', rationale: 'x' },
  ],
  ['US consent withdrawn twice', baltic, 'usa', { type: 'grantUsConsent', granted: false }],
  ['an unknown catalogue item', baltic, 'usa', { type: 'requestItem', itemId: 'no-such-item' }],
  ['a draft tabled by an ally', baltic, 'usa', { type: 'tableDraft', itemIds: ['article-4'] }],
  ['an item already on a draft', drafted, 'secgen', { type: 'tableDraft', itemIds: ['article-4'] }],
  [
    'a position on an unknown draft',
    drafted,
    'usa',
    { type: 'takePosition', draftId: 'd99', position: 'support' },
  ],
  [
    'a reservation without its text',
    drafted,
    'usa',
    { type: 'takePosition', draftId, position: 'supportWithReservation' },
  ],
  [
    'a stand at the wrong phase',
    advanceTo(drafted, 'adjudication'),
    'usa',
    { type: 'takePosition', draftId, position: 'support' },
  ],
  ['a seat claimed twice', baltic, 'usa', { type: 'claimSeat', seatId: 'gbr', displayName: 'Sam' }],
  ['a channel without its opener', baltic, 'usa', { type: 'openChannel', members: ['gbr', 'deu'] }],
  [
    'a post in an unknown channel',
    baltic,
    'usa',
    { type: 'postMessage', channelId: 'nowhere', template: 'statement', body: 'x' },
  ],
  ['an unknown inject', baltic, 'control', { type: 'fireInject', injectId: 'no-such-inject' }],
  [
    'a pause of a paused exercise',
    order(baltic, 'control', { type: 'pauseExercise' }),
    'control',
    { type: 'pauseExercise' },
  ],
  ['a roll back to a turn not played', baltic, 'control', { type: 'rollBack', toTurn: 9 }],
  [
    'a measure overridden to its value',
    baltic,
    'control',
    {
      type: 'overrideResult',
      target: { kind: 'measure', measure: 'escalationRung', value: baltic.measures.escalationRung },
      rationale: 'x',
    },
  ],
  ['a bot for the observer seat', baltic, 'control', { type: 'handSeatToBot', seatId: 'observer' }],
  [
    'a moment beyond the log',
    baltic,
    'control',
    { type: 'tagMoment', seq: 99_999, kind: 'decision-point', note: 'x' },
  ],
  [
    'a clause amended before a draft',
    talks,
    'control',
    { type: 'amendClause', issueId: 'no-such-issue', optionId: 'x' },
  ],
];

describe('real refusals, read in French', () => {
  it.each(SAMPLES.map(([what, state, seatId, command]) => [what, refusal(state, seatId, command)] as const))(
    '%s is worded in French from its params, with no English left',
    (_, rejection) => {
      const french = errorText('fr', rejection);
      expect(french).not.toBe(rejection.message);
      expect(french, `${rejection.code}.${rejection.params?.reason}: ${french}`).not.toMatch(ENGLISH);
      expect(french).not.toMatch(/[{}]/);
    },
  );

  it('names a nation by its seat’s label, not its code', () => {
    const other = refusal(baltic, 'gbr', { type: 'alertUnit', unitId: 'est-1-bde' });
    expect(errorText('fr', other)).toContain('(Estonie)');
    expect(errorText('fr', other)).not.toMatch(/\bEST\b/);
  });

  it('names places and nations by their labels in English too, never by their ids', () => {
    const other = refusal(baltic, 'gbr', { type: 'alertUnit', unitId: 'est-1-bde' });
    expect(errorText('en', other)).toContain('(Estonia)');
    const far = refusal(baltic, 'red', { type: 'interdictRoute', legId: 'kingisepp-narva-road', hours: 6 });
    expect(far.message).toContain('kingisepp');
    expect(errorText('en', far)).not.toContain('kingisepp');
    expect(errorText('en', far)).toContain('Narva');
  });

  it('names a nation no seat plays by the scenario’s name for it, in French and in English', () => {
    // A Russian unit ordered by an ally: its owner is Russia, which the Baltic exercise does not seat.
    const russian = refusal(baltic, 'usa', { type: 'alertUnit', unitId: 'rus-138-mrb' });
    expect(russian.params?.reason).toBe('otherNation');
    expect(errorText('fr', russian)).toContain('(Russie)');
    expect(errorText('en', russian)).toContain('(Russia)');
    for (const locale of ['fr', 'en'] as const)
      expect(errorText(locale, russian)).not.toMatch(/\b(RUS|BLR)\b/);
    const assign = refusal(baltic, 'usa', { type: 'assignToNato', unitId: 'rus-138-mrb' });
    for (const locale of ['fr', 'en'] as const)
      expect(errorText(locale, assign)).not.toMatch(/\b(RUS|BLR)\b/);
  });

  it('names seats and channels by their labels in both languages, never by their ids', () => {
    const opened = order(baltic, 'usa', { type: 'openChannel', members: ['usa', 'gbr'] });
    const channelId = Object.keys(opened.channels.channels).find((id) => !(id in baltic.channels.channels));
    if (!channelId) throw new Error('no channel opened');
    const post = { type: 'postMessage', channelId, template: 'statement', body: 'x' } as const;
    const unseen = refusal(opened, 'usa', { ...post, mentions: ['deu'] });
    expect(errorText('en', unseen)).toContain('Germany');
    expect(errorText('fr', unseen)).toContain('Allemagne');
    const outsider = refusal(opened, 'deu', post);
    const lobby = { ...ctxFor(baltic, 'fra'), actor: { seatId: null, isControl: false } };
    const claim = decide(baltic, { type: 'claimSeat', seatId: 'fra', displayName: 'usa' }, lobby);
    if (claim.ok) throw new Error('a name that is another seat’s id was taken');
    const role = claim.error;
    expect(errorText('fr', role)).toContain('États-Unis');
    for (const rejection of [unseen, outsider, role]) {
      for (const locale of ['fr', 'en'] as const) {
        const text = errorText(locale, rejection);
        expect(text).not.toContain(channelId);
        expect(text).not.toMatch(/\b(deu|usa)\b/);
      }
      expect(errorText('fr', rejection)).not.toMatch(ENGLISH);
    }
  });
});
