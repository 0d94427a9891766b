// Commands off their schema, refused by the server's own command path (parseCommand, as the room
// calls it), and an archive's scenario that no longer validates: French gets the same detail as
// English — which field, and why — worded from the params, never the server's English.
import { describe, expect, it } from 'vitest';
import { firstScenarioProblem, parseCommand, parseScenario, reject, type Rejection } from '@council/shared';
import { errorText } from './errors';

const ENGLISH =
  /\b(the|is|has|have|not|already|only|there|with|your|this|that|which|cannot|needs|expected|at most|required)\b/i;

function refused(raw: unknown): Rejection {
  const parsed = parseCommand(raw);
  if (parsed.ok) throw new Error(`${JSON.stringify(raw)} was taken`);
  return parsed.error;
}

const CASES: readonly (readonly [string, unknown, RegExp, RegExp])[] = [
  [
    'a draft text too long',
    { type: 'tableDraft', itemIds: ['article-4'], text: 'x'.repeat(4001) },
    /^Texte : au plus 4\s?000 caractères\.$/,
    /^Text: at most 4,?000 characters\.$/,
  ],
  [
    'a stand no one knows',
    { type: 'takePosition', draftId: 'd1', position: 'maybe' },
    /^Position : l’une des valeurs Soutien, Soutien avec réserve, Demande d’amendement ou Objection\.$/,
    /^Stand: one of Support, Support with reservation, Requests amendment, (or )?Objects\.$/,
  ],
  [
    'a tag of a kind no one knows',
    { type: 'tagMoment', seq: 3, kind: 'hunch' },
    /^Type : l’une des valeurs Point de décision, Friction, Surprise ou Autre\.$/,
    /^Kind: one of Decision point, Friction, Surprise, (or )?Other\.$/,
  ],
  [
    'a message of a kind no one knows, worded with the composer’s own names',
    { type: 'postMessage', channelId: 'c1', template: 'memo', body: 'Hello' },
    /^Type de message : l’une des valeurs Message, SITREP, .+\.$/,
    /^Kind of message: one of Message, SITREP, Request for information, .+\.$/,
  ],
  [
    'a stand’s phrase, whose vocabulary has no labels of its own: the ids',
    { type: 'takePosition', draftId: 'd1', position: 'support', phrase: 'maybe' },
    /^Position : l’une des valeurs reservation, .+\.$/,
    /^Stand: one of reservation, .+\.$/,
  ],
  [
    'a turn step of a half hour',
    { type: 'setTurnStep', hours: 1.5 },
    /^Heures : un nombre entier\.$/,
    /^Hours: a whole number\.$/,
  ],
  [
    'a turn step of a week and a day',
    { type: 'setTurnStep', hours: 169 },
    /^Heures : au plus 168\.$/,
    /^Hours: at most 168\.$/,
  ],
  ['a turn step in words', { type: 'setTurnStep', hours: 'six' }, /^Heures : un nombre attendu\.$/, /number/],
  ['a missing field', { type: 'setTurnStep' }, /^Heures : ce champ est obligatoire\.$/, /required/],
  [
    'an empty draft',
    { type: 'tableDraft', itemIds: [] },
    /^Points du catalogue : au moins 1\.$/,
    /^Catalogue items: at least 1\.$/,
  ],
  [
    'an empty answer',
    { type: 'answerHotwash', questionId: 'q1', text: '   ' },
    /^Texte : écrivez quelque chose\.$/,
    /^Text: write something\.$/,
  ],
  ['a command no one knows', { type: 'launchMissiles' }, /^Commande : /, /^Command: /],
  [
    'an effect out of range in an ad hoc inject',
    {
      type: 'injectAdHoc',
      title: 'x',
      body: 'x',
      audience: 'all',
      measureEffects: [{ measure: 'cohesion', delta: 500 }],
    },
    /^Variation 1 : au plus 100\.$/,
    /^Change 1: at most 100\.$/,
  ],
];

describe('a command off its schema, read in French and in English', () => {
  it.each(CASES)('%s is worded from which field and why', (_, raw, french, english) => {
    const rejection = refused(raw);
    expect(rejection.code).toBe('BAD_REQUEST');
    expect(rejection.params?.reason).not.toBe('invalid');
    const fr = errorText('fr', rejection);
    expect(fr).toMatch(french);
    expect(fr).not.toMatch(ENGLISH);
    expect(fr).not.toMatch(/[{}]/);
    expect(errorText('en', rejection)).toMatch(english);
  });
});

describe('an archive’s scenario that no longer validates, read in French', () => {
  it('names the JSON path and what is wrong there', () => {
    const broken = { schemaVersion: 1, id: 'x', seats: 'no seats' };
    const parsed = parseScenario(broken);
    if (parsed.ok) throw new Error('a broken scenario loaded');
    const first = parsed.problems[0]!;
    const rejection = reject(
      'ARCHIVE_SCENARIO_INVALID',
      `The archive’s scenario does not validate in this release: ${first.path}: ${first.message}`,
      firstScenarioProblem(broken) ?? undefined,
    );
    const fr = errorText('fr', rejection);
    expect(fr).toMatch(
      /^Le scénario de l’archive n’est plus valide dans cette version\. « \$\.title » : ce champ est obligatoire\.$/,
    );
    expect(fr).not.toMatch(ENGLISH);
    expect(errorText('en', rejection)).toBe(rejection.message);
  });
});
