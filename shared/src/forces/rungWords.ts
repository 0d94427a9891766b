// The escalation ladder's words in every language the product ships (ADR 0029): each rung's name
// and the Kahn measure read on the ladder. The map's ladder, the review and the printable report
// word rungs with them; the client's catalogue takes the names as `map.rung.*`.
import type { Locale } from '../model/vocabulary';
import type { EscalationRung } from './escalation';

export const RUNG_NAMES: Readonly<Record<Locale, Readonly<Record<EscalationRung, string>>>> = {
  en: {
    peacetime: 'Peacetime competition',
    hybridPressure: 'Hybrid pressure (cyber, disinformation, proxies)',
    politicalGestures: 'Political, economic and diplomatic gestures',
    showOfForce: 'Show of force and mobilisation',
    harassment: 'Harassment and acts of violence',
    dramaticConfrontation: 'Dramatic military confrontation',
    largeConventionalWar: 'Large conventional war',
    nuclearUltimatum: 'Nuclear ultimatum',
    demonstrationOfForce: 'Spectacular show or demonstration of force',
    exemplaryNuclearUse: 'Exemplary local nuclear use',
    limitedNuclearWar: 'Limited nuclear war',
  },
  fr: {
    peacetime: 'Compétition du temps de paix',
    hybridPressure: 'Pression hybride (cyber, désinformation, intermédiaires)',
    politicalGestures: 'Gestes politiques, économiques et diplomatiques',
    showOfForce: 'Démonstration de force et mobilisation',
    harassment: 'Harcèlement et actes de violence',
    dramaticConfrontation: 'Confrontation militaire spectaculaire',
    largeConventionalWar: 'Guerre conventionnelle majeure',
    nuclearUltimatum: 'Ultimatum nucléaire',
    demonstrationOfForce: 'Démonstration de force spectaculaire',
    exemplaryNuclearUse: 'Emploi nucléaire local exemplaire',
    limitedNuclearWar: 'Guerre nucléaire limitée',
  },
};

/** The Kahn measure's rung in words, `{rung}` its number: "Kahn rung 4". */
export const KAHN_RUNG_WORDS: Readonly<Record<Locale, string>> = {
  en: 'Kahn rung {rung}',
  fr: 'échelon {rung} de Kahn',
};
