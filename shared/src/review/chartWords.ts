// The measure charts' words in every language the product ships (ADR 0029): titles, the unit of
// the vertical axis and the series' names. The printable report words its charts with them; the
// client's catalogue takes them as `review.chart.*`, `review.chartUnit.*` and `review.series.*`.
import type { Locale } from '../model/vocabulary';
import type { MeasureChartId } from './charts';

export const CHART_SERIES = [
  'council',
  'theatre',
  'rung',
  'held',
  'progress',
  'leverage',
  'twoTier',
] as const;
export type ChartSeriesId = (typeof CHART_SERIES)[number];

export interface ChartWords {
  readonly title: Readonly<Record<MeasureChartId, string>>;
  readonly unit: Readonly<Record<MeasureChartId, string>>;
  readonly series: Readonly<Record<ChartSeriesId, string>>;
  /** A series' last known value, for a screen reader: `{series}`, `{value}`. */
  readonly atEnd: string;
  readonly unknown: string;
}

export const CHART_WORDS: Readonly<Record<Locale, ChartWords>> = {
  en: {
    title: {
      cohesion: 'Alliance cohesion',
      deterrenceCredibility: 'Deterrence credibility',
      escalationRung: 'Escalation rung',
      publicSupport: 'Public support by nation',
      groundHeld: 'Ground held by the alliance',
      agreementProgress: 'Progress toward agreement',
      worldMeters: 'Leverage and the two-tier alliance',
    },
    unit: {
      cohesion: '0–100',
      deterrenceCredibility: '0–100',
      escalationRung: 'Kahn rung 0–44',
      publicSupport: '% in favour',
      groundHeld: '% of the theatre',
      agreementProgress: '% of the way to signature',
      worldMeters: '0–100',
    },
    series: {
      council: 'Council',
      theatre: 'Theatre',
      rung: 'Rung',
      held: 'Held',
      progress: 'Progress',
      leverage: 'Leverage',
      twoTier: 'Two-tier',
    },
    atEnd: '{series}: {value} at the end',
    unknown: 'unknown',
  },
  fr: {
    title: {
      cohesion: 'Cohésion de l’Alliance',
      deterrenceCredibility: 'Crédibilité de la dissuasion',
      escalationRung: 'Échelon d’escalade',
      publicSupport: 'Soutien de l’opinion par nation',
      groundHeld: 'Terrain tenu par l’Alliance',
      agreementProgress: 'Avancée vers l’accord',
      worldMeters: 'Rapport de force et alliance à deux vitesses',
    },
    unit: {
      cohesion: '0–100',
      deterrenceCredibility: '0–100',
      escalationRung: 'échelon de Kahn 0–44',
      publicSupport: '% favorables',
      groundHeld: '% du théâtre',
      agreementProgress: '% du chemin vers la signature',
      worldMeters: '0–100',
    },
    series: {
      council: 'Conseil',
      theatre: 'Théâtre',
      rung: 'Échelon',
      held: 'Tenu',
      progress: 'Avancement',
      leverage: 'Levier',
      twoTier: 'Alliance à deux vitesses',
    },
    atEnd: '{series} : {value} à la fin',
    unknown: 'inconnu',
  },
};

/** The charts' words as the client's catalogue keys, in one language. */
export function chartMessages(locale: Locale): Readonly<Record<string, string>> {
  const w = CHART_WORDS[locale];
  return Object.fromEntries([
    ...Object.entries(w.title).map(([id, text]) => [`review.chart.${id}`, text]),
    ...Object.entries(w.unit).map(([id, text]) => [`review.chartUnit.${id}`, text]),
    ...Object.entries(w.series).map(([id, text]) => [`review.series.${id}`, text]),
  ]);
}
