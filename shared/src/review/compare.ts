// Several runs of the same scenario side by side: what a workshop that plays twice looks at.
import { replay } from '../engine/evolve';
import type { GameEvent } from '../engine/events';
import { requiredParties } from '../negotiation/state';
import { decisionsTable } from './decisions';
import { measuresSeries, type MeasurePoint } from './measures';
import type { LocalisedText } from '../scenario/text';

export interface RunSummary {
  readonly code: string;
  readonly title: string;
  readonly scenarioId: string;
  readonly variant: string | null;
  readonly status: string;
  readonly turnsPlayed: number;
  readonly endedAtGameTime: string;
  /** Latency in game hours by catalogue item; null when the item was never adopted. */
  readonly latencies: Readonly<Record<string, number | null>>;
  readonly decisionsAdopted: number;
  /** Median latency of the adopted items; null when none was adopted. */
  readonly medianLatencyHours: number | null;
  readonly final: MeasurePoint;
  /** The talks' outcome (signed, collapsed, …); null without a negotiation. */
  readonly negotiation: string | null;
  /** Places the adversary took; null without forces. */
  readonly placesLost: number | null;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function summariseRun(events: readonly GameEvent[]): RunSummary {
  const state = replay(events);
  const rows = decisionsTable(state);
  const adopted = rows.flatMap((r) => (r.latencyHours === null ? [] : [r.latencyHours]));
  const series = measuresSeries(events);
  const first = events[0]!;
  const talks = state.scenario.negotiation && state.negotiation;
  return {
    code: state.code,
    title: state.title,
    scenarioId: state.scenario.id,
    variant: first.type === 'exerciseCreated' ? (first.variant ?? null) : null,
    status: state.session.status,
    turnsPlayed: state.clock.turn,
    endedAtGameTime: state.clock.time,
    latencies: Object.fromEntries(rows.map((r) => [r.itemId, r.latencyHours])),
    decisionsAdopted: adopted.length,
    medianLatencyHours: median(adopted),
    final: series[series.length - 1]!,
    negotiation:
      talks && state.scenario.negotiation
        ? talks.signedAt
          ? 'signed'
          : requiredParties(state.scenario.negotiation).some((p) => talks.walkedOut.includes(p))
            ? 'collapsed'
            : 'open'
        : null,
    placesLost: state.forces
      ? events.filter((e) => e.type === 'placeCaptured' && e.side === 'red').length
      : null,
  };
}

export interface RunComparison {
  readonly scenarioId: string;
  /** Catalogue items in the scenario's order, with titles: the rows of the latency table. */
  readonly items: readonly { readonly id: string; readonly title: LocalisedText }[];
  readonly runs: readonly RunSummary[];
}

/** Refuses runs of different scenarios: comparing them would mislead. */
export function compareRuns(logs: readonly (readonly GameEvent[])[]): RunComparison {
  const runs = logs.map(summariseRun);
  const scenarioIds = new Set(runs.map((r) => r.scenarioId));
  if (scenarioIds.size !== 1) throw new Error('compare runs of one scenario only');
  const state = replay(logs[0]!);
  return {
    scenarioId: runs[0]!.scenarioId,
    items: state.scenario.catalogue.map((c) => ({ id: c.id, title: c.title })),
    runs,
  };
}
