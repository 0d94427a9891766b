// French strings of the world around the talks; typed against the English ones.
import type { enWorld } from './en.world';

export const frWorld: Record<keyof typeof enWorld, string> = {
  'world.front': 'Le front',
  'world.front.fighting': 'Les combats continuent : chaque tour déplace la ligne de contact.',
  'world.front.frozen': 'Gelé par l’accord signé : seule une violation grave détectée déplace la ligne.',
  'world.front.sector': 'Secteur',
  'world.front.shift': 'Depuis l’ouverture des pourparlers',
  'world.front.advanced': '{name} a avancé de {km} km',
  'world.front.pushedBack': '{name} a reculé de {km} km',
  'world.front.unchanged': 'Sans changement',
  'world.leverage.value': '{percent} % (au départ {start} %)',
  'world.reopened':
    'Des violations graves ont rouvert l’accord signé au tour {turn} : les parties doivent signer de nouveau.',
  'world.strain':
    'Violations graves détectées depuis la signature : {count} sur les {limit} qui rouvrent les pourparlers.',
  'world.strain.noLimit': 'Violations graves détectées depuis la signature : {count}.',
  'world.spending': 'Dépenses de défense',
  'world.spending.intro':
    'Année budgétaire {year} : la trajectoire de La Haye est à {path} % du PIB, vers {target} % en {targetYear}.',
  'world.spending.mid': 'mi-{year}',
  'world.spending.ally': 'Allié',
  'world.spending.level': '% du PIB',
  'world.spending.target': 'Objectif',
  'world.spending.status': 'Situation',
  'world.spending.onTrack': 'sur la trajectoire',
  'world.spending.lagging': 'en retard',
  'world.spending.percent': '{value} %',
  'world.twoTier': 'Alliance à deux vitesses',
  'world.twoTier.value':
    '{percent} % : l’écart entre les alliés sur la trajectoire de La Haye et ceux en retard, et l’équilibre de leur partage.',
};
