// French: the history the Council's latency is set beside. Its one home is the rules package
// (shared/src/review/decisions.ts `LATENCY_ANCHORS`), where the printable report words it too.
import { LATENCY_ANCHORS, type LatencyAnchorId } from '@council/shared';

type AnchorMessages = { readonly [K in LatencyAnchorId as `latency.anchor.${K}`]: string };

export const frAnchors = Object.fromEntries(
  LATENCY_ANCHORS.map((a) => [`latency.anchor.${a.id}`, a.label.fr]),
) as AnchorMessages;
