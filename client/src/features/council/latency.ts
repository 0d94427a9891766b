// Decision latency against history (facts §2): Article 5 after 9/11 within ~24 h, Libya 2011 about
// two weeks (17 → 31 Mar), the Turkey 2003 dispute about a month (15 Jan → 16 Feb).
export const ANCHORS = [
  { id: 'nineEleven', hours: 24 },
  { id: 'libya', hours: 14 * 24 },
  { id: 'turkey', hours: 32 * 24 },
] as const;
export type AnchorId = (typeof ANCHORS)[number]['id'];

/** The scale runs from 1 h to 1,000 h (about six weeks), logarithmic so hours and weeks both read. */
const MAX_HOURS = 1000;
export function scalePercent(hours: number): number {
  if (hours <= 1) return 0;
  return Math.min(100, (Math.log10(hours) / Math.log10(MAX_HOURS)) * 100);
}

export type Comparison =
  | 'faster911'
  | 'like911'
  | 'between911Libya'
  | 'likeLibya'
  | 'betweenLibyaTurkey'
  | 'likeTurkey'
  | 'slowerTurkey';

/** Where a latency falls among the anchors; "like" means within a factor of about 1.5. */
export function compare(hours: number): Comparison {
  if (hours < 16) return 'faster911';
  if (hours <= 36) return 'like911';
  if (hours < 224) return 'between911Libya';
  if (hours <= 504) return 'likeLibya';
  if (hours < 540) return 'betweenLibyaTurkey';
  if (hours <= 1152) return 'likeTurkey';
  return 'slowerTurkey';
}
