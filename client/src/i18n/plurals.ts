// Forms of a message that change with {count}, by the language's plural rule (Intl.PluralRules):
// the catalogue holds the "other" form; a form here wins for its rule ("1 non lu", not "1 non lus").
import type { Locale } from '@council/shared';
import type { MessageKey } from './en';

export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>>;

export const plurals: Record<Locale, Partial<Record<MessageKey, PluralForms>>> = {
  en: {
    'delay.stoppedEarly': { one: 'Stopped at its time limit after {count} run.' },
    'delay.headline': {
      one: 'The Council authorised its response at hour {hour}. Deciding at hour {earlierHour} would have kept {capital} at day {day} in {earlier} % of {count} run instead of {actual} %.',
    },
    'delay.headlineNone': {
      one: 'The Council authorised its response at hour {hour}. Deciding at hour {earlierHour} would have held no capital in the {count} run played either.',
    },
    'delay.sensitivityHint': {
      one: 'Each assumption over its range, the others as this exercise ran, played like the curve from this game’s state at hour {from}, this Council deciding at hour {hour}; {count} run a value.',
    },
  },
  fr: {
    'channels.unread': { one: '{count} non lu' },
    'tab.unread': { one: '({count} non lu)' },
    'channels.callOn': { one: 'Interpeller des sièges ({count} choisi)' },
    'announce.mention': { one: 'Un nouveau message vous interpelle ({count} non lu pour vous).' },
    'delay.running': { one: '{count} partie jouée sur {total}…' },
    'delay.stoppedEarly': { one: 'Arrêtée à sa limite de temps après {count} partie.' },
    'delay.headline': {
      one: 'Le Conseil a autorisé sa réponse à l’heure {hour}. Décider à l’heure {earlierHour} aurait conservé {capital} au jour {day} dans {earlier} % de {count} partie au lieu de {actual} %.',
    },
    'delay.headlineNone': {
      one: 'Le Conseil a autorisé sa réponse à l’heure {hour}. Décider à l’heure {earlierHour} n’aurait tenu aucune capitale de plus dans la seule partie jouée ({count}).',
    },
    'delay.sensitivityHint': {
      one: 'Chaque hypothèse sur sa plage, les autres comme dans cet exercice, jouée comme la courbe depuis l’état de cette partie à l’heure {from}, ce Conseil décidant à l’heure {hour} ; {count} partie par valeur.',
    },
  },
};
