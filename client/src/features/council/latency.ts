// Decision latency against history: the anchors and the comparison are the rules package's
// (shared/src/review/decisions.ts, facts §2); this file only places them on the panel's scale.
import {
  LATENCY_ANCHORS,
  compareLatency,
  type LatencyAnchorId,
  type LatencyComparison,
} from '@council/shared';

export const ANCHORS = LATENCY_ANCHORS;
export type AnchorId = LatencyAnchorId;
export type Comparison = LatencyComparison;
export const compare = compareLatency;

/** The scale runs from 1 h to 1,000 h (about six weeks), logarithmic so hours and weeks both read. */
const MAX_HOURS = 1000;
export function scalePercent(hours: number): number {
  if (hours <= 1) return 0;
  return Math.min(100, (Math.log10(hours) / Math.log10(MAX_HOURS)) * 100);
}
