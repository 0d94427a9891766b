// Decision latency per NAC catalogue item, set beside the historical anchors (facts.md §2).
import type { AdoptionRoute } from '../model/council';
import type { ExerciseState } from '../engine/state';
import { hoursBetween } from '../time/gameTime';
import type { LocalisedText } from '../scenario/text';

/**
 * One clock of the three (facts §2): the Council agreeing a measure. Article 5 after 9/11 was
 * invoked, conditionally, within ~24 h (in force only after ~21 days, 2 Oct 2001); Libya 2011 about
 * two weeks (17 → 31 Mar); the Turkey 2003 dispute about a month (15 Jan → 16 Feb). The same
 * figures as the council panel's latency scale; the panel and the printable report word them alike.
 */
export const LATENCY_ANCHORS = [
  {
    id: 'nineEleven',
    label: {
      en: 'Article 5 after 9/11: invoked, conditionally, within about 24 h (fully in force only after about 21 days)',
      fr: 'Article 5 après le 11-Septembre : invoqué, sous condition, en 24 h environ (pleinement en vigueur après 21 jours environ)',
    },
    hours: 24,
  },
  {
    id: 'libya',
    label: { en: 'Libya 2011: about 2 weeks', fr: 'Libye 2011 : environ 2 semaines' },
    hours: 14 * 24,
  },
  {
    id: 'turkey',
    label: {
      en: 'Defence of Turkey 2003: about a month',
      fr: 'Défense de la Turquie 2003 : environ un mois',
    },
    hours: 32 * 24,
  },
] as const satisfies readonly { id: string; label: LocalisedText; hours: number }[];
export type LatencyAnchorId = (typeof LATENCY_ANCHORS)[number]['id'];

export type LatencyComparison =
  | 'faster911'
  | 'like911'
  | 'between911Libya'
  | 'likeLibya'
  | 'betweenLibyaTurkey'
  | 'likeTurkey'
  | 'slowerTurkey';

/** Where a latency falls among the anchors; "like" means within a factor of about 1.5. */
export function compareLatency(hours: number): LatencyComparison {
  if (hours < 16) return 'faster911';
  if (hours <= 36) return 'like911';
  if (hours < 224) return 'between911Libya';
  if (hours <= 504) return 'likeLibya';
  if (hours < 540) return 'betweenLibyaTurkey';
  if (hours <= 1152) return 'likeTurkey';
  return 'slowerTurkey';
}

export interface DecisionRow {
  readonly itemId: string;
  readonly title: LocalisedText;
  /** Game time the item was first raised (requested or tabled); null if it never came up. */
  readonly raisedAt: string | null;
  readonly raisedBy: string | null;
  /** Game time of the first draft carrying the item. */
  readonly tabledAt: string | null;
  /** Number of drafts (revisions included) that carried it. */
  readonly drafts: number;
  /** Game time it was adopted; null while undecided. */
  readonly decidedAt: string | null;
  readonly adoptedVia: AdoptionRoute | null;
  /** Game hours from raised to adopted; for an item still open, null. */
  readonly latencyHours: number | null;
  /** Hours from raised to `now` for an item raised but not adopted: how long it has waited. */
  readonly waitingHours: number | null;
  readonly comparison: LatencyComparison | null;
  /** Latency divided by each anchor's hours (1 = as fast as history). */
  readonly versusAnchors: Readonly<Record<LatencyAnchorId, number>> | null;
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

/** One row per catalogue item, in the catalogue's order. */
export function decisionsTable(state: ExerciseState): DecisionRow[] {
  const drafts = state.council.draftOrder
    .map((id) => state.council.drafts[id])
    .filter((d) => d !== undefined);
  return state.scenario.catalogue.map((item) => {
    const agenda = state.council.agenda[item.id];
    const carrying = drafts.filter((d) => d.itemIds.includes(item.id));
    const adopted = carrying.find((d) => d.adoptedAt !== null);
    const latency = agenda?.latencyHours ?? null;
    const waiting =
      agenda && agenda.adoptedAt === null
        ? round2(Math.max(0, hoursBetween(agenda.raisedAt, state.clock.time)))
        : null;
    return {
      itemId: item.id,
      title: item.title,
      raisedAt: agenda?.raisedAt ?? null,
      raisedBy: agenda?.raisedBy ?? null,
      tabledAt: carrying[0]?.tabledAt ?? null,
      drafts: carrying.length,
      decidedAt: agenda?.adoptedAt ?? adopted?.adoptedAt ?? null,
      adoptedVia: adopted?.adoptedVia ?? null,
      latencyHours: latency,
      waitingHours: waiting,
      comparison: latency === null ? null : compareLatency(latency),
      versusAnchors:
        latency === null
          ? null
          : {
              nineEleven: round2(latency / 24),
              libya: round2(latency / (14 * 24)),
              turkey: round2(latency / (32 * 24)),
            },
    };
  });
}
