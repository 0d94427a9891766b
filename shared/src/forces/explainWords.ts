// The adjudications' sentences in every language the product ships (ADR 0029): the rules give a
// kind and its parameters (explain.ts); the record's English, the exports and every reader's
// client word them with these templates. The client's catalogue takes them as `adjudication.*`.
import type { Locale } from '../model/vocabulary';

const COMBAT_EN =
  '{side} attacks {place}: {attack} against {defence} (terrain ×{terrain}, posture ×{posture}, air ×{airAttacker}/×{airDefender}), ratio {ratio}:1, column {column}; die {die}: attacker −{attackerLoss}, defender −{defenderLoss}';
const COMBAT_FR =
  '{side} attaque {place} : {attack} contre {defence} (terrain ×{terrain}, posture ×{posture}, air ×{airAttacker}/×{airDefender}), rapport {ratio}:1, colonne {column} ; dé {die} : attaquant −{attackerLoss}, défenseur −{defenderLoss}';

const en = {
  combatFallsBack: `${COMBAT_EN}, defender falls back.`,
  combatStands: `${COMBAT_EN}, the defenders fight on in the city.`,
  combatHolds: `${COMBAT_EN}, the defence holds.`,
  readiness: 'Notice to move {min}–{max} h; rolled {rolled} h, ready at hour {readyAt}.',
  permit: 'Peacetime movement permits take {mean} days on average, up to {max}; this one takes {days} days.',
  destroyedInCombat: '{unit} destroyed in combat at {place}.',
  destroyedCutOff: '{unit} destroyed at {place}: cut off with no line of retreat.',
  captured: '{side} takes {place}.',
  /** An old log's sentence, recorded in English before the rules gave kinds: shown as it was. */
  recorded: '{text}',
  'side.red': 'Red',
  'side.blue': 'Blue',
  'modifier.terrain': 'terrain',
  'modifier.posture': 'posture',
  'modifier.air': 'air',
  'why.terrain': '{terrain} ground at {place}',
  'why.posture': 'readiness of the defenders',
  'why.noDefenders': 'no defenders',
  'posture.garrison': 'caught in garrison',
  'posture.moving': 'on the move',
  'posture.prepared': 'prepared defence',
  'posture.hasty': 'hasty defence',
  'posture.alerted': 'alerted',
  'why.airAttacker': 'net air advantage of the attacker',
  'why.airDefender': 'net air advantage of the defender',
  'terrain.open': 'open',
  'terrain.forest': 'forest',
  'terrain.marsh': 'marsh',
  'terrain.urban': 'urban',
  'reason.ordered': 'ordered',
  'reason.routeCut': 'route cut',
  'reason.culminated': 'culminated',
  'reason.noticeToMove': 'notice to move',
  'reason.permit': 'movement permit',
  'reason.legCapacity': 'capacity of the route',
  'reason.gaugeChange': 'rail gauge change',
  'reason.reception': 'reception capacity',
  'reason.equipmentDraw': 'drawing prepositioned equipment',
};

export type AdjudicationKey = keyof typeof en;

const fr: Readonly<Record<AdjudicationKey, string>> = {
  combatFallsBack: `${COMBAT_FR}, le défenseur se replie.`,
  combatStands: `${COMBAT_FR}, les défenseurs continuent le combat dans la ville.`,
  combatHolds: `${COMBAT_FR}, la défense tient.`,
  readiness: 'Préavis de mouvement de {min} à {max} h ; tirage {rolled} h, prête à l’heure {readyAt}.',
  permit:
    'Les autorisations de mouvement du temps de paix prennent {mean} jours en moyenne, jusqu’à {max} ; celle-ci prend {days} jours.',
  destroyedInCombat: '{unit} détruite au combat à {place}.',
  destroyedCutOff: '{unit} détruite à {place} : coupée de toute ligne de repli.',
  captured: '{side} prend {place}.',
  recorded: '{text}',
  'side.red': 'Le camp rouge',
  'side.blue': 'L’OTAN',
  'modifier.terrain': 'terrain',
  'modifier.posture': 'posture',
  'modifier.air': 'air',
  'why.terrain': 'terrain {terrain} à {place}',
  'why.posture': 'disponibilité des défenseurs',
  'why.noDefenders': 'aucun défenseur',
  'posture.garrison': 'surpris en garnison',
  'posture.moving': 'en mouvement',
  'posture.prepared': 'défense préparée',
  'posture.hasty': 'défense improvisée',
  'posture.alerted': 'en alerte',
  'why.airAttacker': 'avantage aérien net de l’attaquant',
  'why.airDefender': 'avantage aérien net du défenseur',
  'terrain.open': 'découvert',
  'terrain.forest': 'boisé',
  'terrain.marsh': 'marécageux',
  'terrain.urban': 'urbain',
  'reason.ordered': 'sur ordre',
  'reason.routeCut': 'itinéraire coupé',
  'reason.culminated': 'à bout de souffle',
  'reason.noticeToMove': 'préavis de mouvement',
  'reason.permit': 'autorisation de mouvement',
  'reason.legCapacity': 'capacité de l’itinéraire',
  'reason.gaugeChange': 'changement d’écartement ferroviaire',
  'reason.reception': 'capacité d’accueil',
  'reason.equipmentDraw': 'perception du matériel pré-positionné',
};

/** The defenders' postures in combat (combat.ts `postureOf`), worded by `posture.<id>`. */
export const POSTURE_IDS = ['garrison', 'moving', 'prepared', 'hasty', 'alerted'] as const;
export type PostureId = (typeof POSTURE_IDS)[number];

export const ADJUDICATION_WORDS: Readonly<Record<Locale, Readonly<Record<AdjudicationKey, string>>>> = {
  en,
  fr,
};
