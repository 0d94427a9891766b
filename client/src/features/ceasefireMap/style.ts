// The ceasefire map's base: Ukraine and its allied neighbours, Russia and Belarus hatched, their names.
import type { CountryStyle } from '../map/basemap';

/** Natural Earth country ids (ISO 3166-1 numeric). */
export const UKRAINE_STYLE: CountryStyle = {
  classes: {
    '804': 'ukraine',
    '643': 'russia',
    '112': 'belarus',
    '616': 'ally', // Poland
    '642': 'ally', // Romania
    '703': 'ally', // Slovakia
    '348': 'ally', // Hungary
  },
  labels: {
    '804': [32.4, 50.85],
    '643': [39.2, 51.75],
    '112': [28.6, 52.3],
    '616': [23.4, 52.1],
    '642': [26.2, 44.75],
  },
  splitKaliningrad: false,
  // Natural Earth draws Crimea inside Russia; the map shows Ukraine's recognised borders and the
  // line of contact shows where control lies.
  pieces: [
    {
      from: '643',
      key: 'crimea',
      cls: 'ukraine',
      box: [
        [32, 44],
        [37, 46.3],
      ],
    },
  ],
};
