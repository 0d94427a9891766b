// English wordings of a field a schema refused (shared/src/protocol/invalid.ts): a command off its
// schema, a form's input before it is sent, an archive's scenario. `{field}` is the field's label.
import type { FieldReason } from '@council/shared';

export type FieldSentences = Readonly<Record<FieldReason, string>>;

/** Each sentence under `prefix` + reason, after `lead`: one set of words for every code that uses them. */
export function fieldKeys<P extends string>(
  prefix: P,
  sentences: FieldSentences,
  lead = '',
): Record<`${P}${FieldReason}`, string> {
  return Object.fromEntries(
    Object.entries(sentences).map(([reason, sentence]) => [`${prefix}${reason}`, `${lead}${sentence}`]),
  ) as Record<`${P}${FieldReason}`, string>;
}

const sentences: FieldSentences = {
  missing: '{field}: this is required.',
  empty: '{field}: write something.',
  tooLong: '{field}: at most {max} characters.',
  tooShort: '{field}: at least {min} characters.',
  tooMany: '{field}: at most {max}.',
  tooFew: '{field}: at least {min}.',
  tooLarge: '{field}: at most {max}.',
  tooSmall: '{field}: at least {min}.',
  notWhole: '{field}: a whole number.',
  notOneOf: '{field}: one of {choices}.',
  wrongType: '{field}: {expected} expected.',
  badFormat: '{field}: not in the expected form.',
  unknownField: '{field}: not a field this takes.',
  notAccepted: '{field}: this value is not accepted.',
};

export const enFields = {
  ...fieldKeys('error.BAD_REQUEST.', sentences),
  // The server's English lists the archive scenario's first five problems: more than the params carry.
  ...fieldKeys(
    'error.ARCHIVE_SCENARIO_INVALID.',
    Object.fromEntries(Object.keys(sentences).map((r) => [r, '{detail}'])) as FieldSentences,
  ),
  // The kinds of value a field expects.
  'refusal.expected.string': 'text',
  'refusal.expected.number': 'a number',
  'refusal.expected.boolean': 'yes or no',
  'refusal.expected.array': 'a list',
  'refusal.expected.object': 'a set of fields',
  // The fields of commands, as forms name them.
  'refusal.field.a': 'First seat',
  'refusal.field.b': 'Second seat',
  'refusal.field.access': 'Observers’ access',
  'refusal.field.accommodates': 'Allies accommodated',
  'refusal.field.allyId': 'Ally',
  'refusal.field.audience': 'Audience',
  'refusal.field.body': 'Message',
  'refusal.field.channelId': 'Channel',
  'refusal.field.clauses': 'Clauses',
  'refusal.field.delta': 'Change',
  'refusal.field.destination': 'Destination',
  'refusal.field.displayName': 'Your name',
  'refusal.field.draftId': 'Draft',
  'refusal.field.enabled': 'On or off',
  'refusal.field.failedSeq': 'Event number',
  'refusal.field.granted': 'Consent',
  'refusal.field.hours': 'Hours',
  'refusal.field.injectId': 'Inject',
  'refusal.field.issueId': 'Issue',
  'refusal.field.itemId': 'Catalogue item',
  'refusal.field.itemIds': 'Catalogue items',
  'refusal.field.keyId': 'Assistant key',
  'refusal.field.kind': 'Kind',
  'refusal.field.legId': 'Route',
  'refusal.field.measure': 'Measure',
  'refusal.field.measureEffects': 'Effects on the measures',
  'refusal.field.members': 'Members',
  'refusal.field.mentions': 'Mentions',
  'refusal.field.messageId': 'Message',
  'refusal.field.mode': 'Red’s play',
  'refusal.field.name': 'Name',
  'refusal.field.note': 'Note',
  'refusal.field.optionId': 'Option',
  'refusal.field.party': 'Party',
  'refusal.field.phrase': 'Stand',
  'refusal.field.placeId': 'Place',
  'refusal.field.position': 'Stand',
  'refusal.field.question': 'Question',
  'refusal.field.questionId': 'Question',
  'refusal.field.rationale': 'Rationale',
  'refusal.field.reason': 'Reason',
  'refusal.field.rung': 'Rung',
  'refusal.field.seatId': 'Seat',
  'refusal.field.seconds': 'Seconds',
  'refusal.field.seq': 'Moment',
  'refusal.field.shareRationale': 'Share the rationale',
  'refusal.field.side': 'Side',
  'refusal.field.signal': 'Signal',
  'refusal.field.silenceHours': 'Silence (hours)',
  'refusal.field.strength': 'Strength',
  'refusal.field.subject': 'Subject',
  'refusal.field.target': 'What is overridden',
  'refusal.field.template': 'Kind of message',
  'refusal.field.text': 'Text',
  'refusal.field.title': 'Title',
  'refusal.field.toTurn': 'Turn',
  'refusal.field.type': 'Command',
  'refusal.field.unitId': 'Unit',
  'refusal.field.value': 'Value',
} as const;
