// English strings of the world around the talks: the front, leverage, defence spending, strain.
export const enWorld = {
  'world.front': 'The front',
  'world.front.fighting': 'The fighting goes on: each turn moves the line of contact.',
  'world.front.frozen': 'Frozen by the signed deal: only a detected serious breach moves the line.',
  'world.front.sector': 'Sector',
  'world.front.shift': 'Since the talks opened',
  'world.front.advanced': '{name} advanced {km} km',
  'world.front.pushedBack': '{name} pushed back {km} km',
  'world.front.unchanged': 'No change',
  'world.leverage.value': '{percent} % (started at {start} %)',
  'world.reopened': 'Serious breaches reopened the signed deal in turn {turn}: the parties must sign again.',
  'world.strain': 'Serious breaches detected since signature: {count} of {limit} that reopen the talks.',
  'world.strain.noLimit': 'Serious breaches detected since signature: {count}.',
  'world.spending': 'Defence spending',
  'world.spending.intro':
    'Budget year {year}: the Hague path stands at {path} % of GDP, on the way to {target} % by {targetYear}.',
  'world.spending.mid': 'mid-{year}',
  'world.spending.ally': 'Ally',
  'world.spending.level': '% of GDP',
  'world.spending.target': 'Target',
  'world.spending.status': 'Status',
  'world.spending.onTrack': 'on the path',
  'world.spending.lagging': 'lagging',
  'world.spending.percent': '{value} %',
  'world.twoTier': 'Two-tier alliance',
  'world.twoTier.value':
    '{percent} %: how far the allies on the Hague path and those lagging are apart, and how evenly they split.',
};
