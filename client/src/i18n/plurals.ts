// Forms of a message that change with {count}, by the language's plural rule (Intl.PluralRules):
// the catalogue holds the "other" form; a form here wins for its rule ("1 non lu", not "1 non lus").
import type { Locale } from '@council/shared';
import type { MessageKey } from './en';

export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>>;

export const plurals: Record<Locale, Partial<Record<MessageKey, PluralForms>>> = {
  en: {},
  fr: {
    'channels.unread': { one: '{count} non lu' },
    'tab.unread': { one: '({count} non lu)' },
    'channels.callOn': { one: 'Interpeller des sièges ({count} choisi)' },
    'announce.mention': { one: 'Un nouveau message vous interpelle ({count} non lu pour vous).' },
  },
};
