// The delay-cost analysis's words in print, in each language an export may be asked in (ADR 0029):
// the printable analysis and the after-action report's section say the same things.
import type { Locale } from '../model/vocabulary';

const pct = (n: number) => `${Math.round(n * 100)} %`;
const runs = (n: number) => `${n} run${n === 1 ? '' : 's'}`;
// French counts 0 and 1 in the singular (Intl.PluralRules: « 0 partie », « 1 partie »).
const parties = (n: number) => `${n} partie${n < 2 ? '' : 's'}`;

const en = {
  title: 'What the Council’s delay cost',
  headline: (o: {
    hour: number;
    earlierHour: number;
    finding: string;
    earlier: number;
    actual: number;
    runs: number;
  }) =>
    `The Council authorised its response at hour ${o.hour}. Deciding at hour ${o.earlierHour} would have kept ${o.finding} in ${pct(o.earlier)} of ${runs(o.runs)} instead of ${pct(o.actual)}.`,
  headlineNone: (o: { hour: number; earlierHour: number; runs: number }) =>
    `The Council authorised its response at hour ${o.hour}. Deciding at hour ${o.earlierHour} would have held no capital in more of these ${runs(o.runs)}.`,
  adopted: 'Decisions this Council adopted, as the analysis replays them',
  hour: 'hour',
  runsAHour: (n: number) => `${runs(n)} a decision hour`,
  stale: (read: number, now: number) =>
    `This analysis read the record’s first ${read} events; the record now has ${now}. Run it again in the review to bring it up to date.`,
  curve: 'The cost-of-delay curve',
  curveTitle: 'Share of runs each capital is still held at day 14, by the hour the Council decides',
  axis: 'decision hour (game hours from the start of the crisis)',
  thisCouncil: 'This Council',
  dependsTitle: 'Which findings depend on which assumptions',
  dependsNote: (o: { threshold: number; seeds: number; hour: number; from: number }) =>
    `A finding depends on an assumption if varying that assumption over its range, the others as the exercise ran, moves the finding by more than ${pct(o.threshold)} of runs (${runs(o.seeds)} a value, played like the curve from this game’s state at hour ${o.from}, the Council deciding at hour ${o.hour}).`,
  settled: (list: string, from: number) =>
    `Not varied, because at hour ${from}, where these runs start, this game had already played what they decide: ${list}.`,
  settledWhy: (label: string, reason: 'incursionBegan' | 'unitMoved') =>
    reason === 'incursionBegan'
      ? `${label} (Red’s incursion had begun)`
      : `${label} (the forces it adds or removes had already moved)`,
  dependsOn: (finding: string, baseline: number, on: string) =>
    `${finding} (${pct(baseline)}) depends on ${on}.`,
  movesBy: (label: string, span: number) => `${label} (moves it by ${pct(span)})`,
  dependsOnNone: (finding: string, baseline: number, threshold: number) =>
    `${finding} (${pct(baseline)}) depends on no assumption by more than ${pct(threshold)}.`,
  tornado: (finding: string) => `Sensitivity of ${finding} to each assumption`,
  noSensitivity: 'The sensitivity runs did not finish within the time limit.',
  clocks: 'Historical clocks',
  assumptions: 'Assumptions this analysis ran under',
  assumption: 'Assumption',
  key: 'Key',
  value: 'Value',
  default: 'Default',
  source: 'Source',
  heldAt: (capital: string, day: string) => `${capital} held at day ${day}`,
  groundHeld: 'Ground held',
  made: 'report made',
  notRun:
    'No delay-cost analysis has been run for this exercise yet: run “What your Council’s delay cost” in the review, then download this report again to have the curve, the sensitivity and what the findings depend on here.',
};

export type DelayWords = { readonly [K in keyof typeof en]: (typeof en)[K] };

const fr: DelayWords = {
  title: 'Ce qu’a coûté le délai du Conseil',
  headline: (o) =>
    `Le Conseil a autorisé sa réponse à l’heure ${o.hour}. Décider à l’heure ${o.earlierHour} aurait conservé « ${o.finding} » dans ${pct(o.earlier)} de ${parties(o.runs)} au lieu de ${pct(o.actual)}.`,
  headlineNone: (o) =>
    `Le Conseil a autorisé sa réponse à l’heure ${o.hour}. Décider à l’heure ${o.earlierHour} n’aurait tenu aucune capitale dans davantage de ces ${parties(o.runs)}.`,
  adopted: 'Décisions adoptées par ce Conseil, telles que l’analyse les rejoue',
  hour: 'heure',
  runsAHour: (n) => `${parties(n)} par heure de décision`,
  stale: (read, now) =>
    `Cette analyse a lu les ${read} premiers événements du dossier ; il en compte maintenant ${now}. Relancez-la dans le retour d’expérience pour la mettre à jour.`,
  curve: 'La courbe du coût du délai',
  curveTitle: 'Part des parties où chaque capitale tient encore au jour 14, selon l’heure de la décision',
  axis: 'heure de la décision (heures de jeu depuis le début de la crise)',
  thisCouncil: 'Ce Conseil',
  dependsTitle: 'Quels résultats dépendent de quelles hypothèses',
  dependsNote: (o) =>
    `Un résultat dépend d’une hypothèse si la faire varier sur sa plage, les autres comme dans l’exercice, le déplace de plus de ${pct(o.threshold)} des parties (${parties(o.seeds)} par valeur, jouées comme la courbe depuis l’état de cette partie à l’heure ${o.from}, le Conseil décidant à l’heure ${o.hour}).`,
  settled: (list, from) =>
    `Non variées, car à l’heure ${from}, d’où partent ces calculs, cette partie avait déjà joué ce qu’elles décident : ${list}.`,
  settledWhy: (label, reason) =>
    reason === 'incursionBegan'
      ? `${label} (l’incursion rouge avait commencé)`
      : `${label} (les forces qu’elle ajoute ou retire avaient déjà bougé)`,
  dependsOn: (finding, baseline, on) => `« ${finding} » (${pct(baseline)}) dépend de ${on}.`,
  movesBy: (label, span) => `${label} (le déplace de ${pct(span)})`,
  dependsOnNone: (finding, baseline, threshold) =>
    `« ${finding} » (${pct(baseline)}) ne dépend d’aucune hypothèse de plus de ${pct(threshold)}.`,
  tornado: (finding) => `Sensibilité de « ${finding} » à chaque hypothèse`,
  noSensitivity: 'Les calculs de sensibilité n’ont pas fini dans le temps imparti.',
  clocks: 'Horloges historiques',
  assumptions: 'Hypothèses sous lesquelles cette analyse a tourné',
  assumption: 'Hypothèse',
  key: 'Clé',
  value: 'Valeur',
  default: 'Par défaut',
  source: 'Source',
  heldAt: (capital, day) => `${capital} tenue au jour ${day}`,
  groundHeld: 'Terrain tenu',
  made: 'rapport établi le',
  notRun:
    'Aucune analyse du coût du délai n’a encore été faite pour cet exercice : lancez « Ce qu’a coûté le délai de votre Conseil » dans le retour d’expérience, puis téléchargez de nouveau ce rapport pour y trouver la courbe, la sensibilité et ce dont dépendent les résultats.',
};

export const DELAY_WORDS: Readonly<Record<Locale, DelayWords>> = { en, fr };
