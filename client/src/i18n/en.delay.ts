// English: the review's "what your Council's delay cost" (ADR 0020).
export const enDelay = {
  'delay.title': 'What your Council’s delay cost',
  'delay.intro':
    'Plays this Council’s own decisions again from this game’s state, adopted earlier and later, under many dice; SACEUR and the allies send what the decisions allow as fast as they can.',
  'delay.run': 'Work it out',
  'delay.seeds': 'Runs a decision hour',
  'delay.progress': 'Runs played',
  'delay.running': 'Runs played: {count} of {total}…',
  'delay.none': 'Nothing to work out: {reason}',
  'delay.failed': 'The analysis could not finish. Try again.',
  'delay.stoppedEarly': 'Stopped at its time limit after {count} runs.',
  'delay.headline':
    'The Council authorised its response at hour {hour}. Deciding at hour {earlierHour} would have kept {capital} at day {day} in {earlier} % of {count} runs instead of {actual} %.',
  'delay.headlineNone':
    'The Council authorised its response at hour {hour}. Deciding at hour {earlierHour} would have held no capital in more of these {count} runs.',
  'delay.chart': 'Share of runs each capital is still held at day 14, by the hour the Council decides',
  'delay.axisHour': 'decision hour (game hours from the start of the crisis)',
  'delay.yours': 'your Council',
  'delay.clocks': 'Historical clocks on this curve',
  'delay.assumptions': 'Assumptions in force',
  'delay.assumption': '{label}: {value} ({key}; {sources})',
  'delay.heldAt': '{capital} held at day {day}',
  'delay.groundHeld': 'Ground held',
  'delay.sensitivity': 'What these findings depend on',
  'delay.sensitivityHint':
    'Each assumption over its range, the others as this exercise ran, played like the curve from this game’s state at hour {from}, this Council deciding at hour {hour}; {count} runs a value.',
  'delay.settled':
    'Not varied, because at hour {from}, where these runs start, this game had already played what they decide: {list}.',
  'delay.settled.incursionBegan': '{label} (Red’s incursion had begun)',
  'delay.settled.unitMoved': '{label} (the forces it adds or removes had already moved)',
  'delay.movesBy': '{label} (moves it by {span} %)',
  'delay.stored': 'The last analysis of this exercise, worked out from the record’s first {read} events.',
  'delay.stale':
    'The record now has {now} events, so this analysis may be out of date: work it out again to include them.',
  'delay.tornado': 'Sensitivity of {outcome} to each assumption',
  'delay.dependsHint':
    'A finding depends on an assumption if varying it over its range moves the finding by more than {threshold} % of runs.',
  'delay.dependsOn': '{finding} ({baseline} %) depends on {keys}.',
  'delay.dependsOnNone': '{finding} ({baseline} %) depends on no assumption beyond the threshold.',
  'delay.noSensitivity': 'The sensitivity runs did not finish within the time limit.',
  'delay.exports': 'Export the analysis',
  'delay.export.csv': 'Curve (CSV)',
  'delay.export.json': 'Curve and sensitivity (JSON)',
  'delay.export.svg': 'Curve chart (SVG)',
  'delay.export.png': 'Curve chart (PNG)',
  'delay.export.html': 'Printable analysis (HTML)',
  'delay.inReport': 'The printable report in the review’s downloads now carries this analysis too.',
  'delay.pngFailed': 'This browser could not draw the PNG; the SVG export has the same chart.',
} as const;
