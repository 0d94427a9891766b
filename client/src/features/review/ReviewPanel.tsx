// The after-action review. Control (and every seat once Control unlocks the full record) replays
// the whole log in the browser; before that a seat scrubs its own review, served view by view by
// the server. Both show the moment's clock, measures, drafts and map, the measure charts, tags and
// the hot wash; the full record adds decisions against history, downloads, comparison and analysis.
import { useMemo, useState } from 'react';
import {
  measuresSeriesFrom,
  timeline,
  cachedViewFor,
  type ExerciseView,
  type MomentTag,
  type TimelineEntry,
  type ViewedMeasurePoint,
} from '@council/shared';
import { useT } from '../../i18n';
import { selectLocale, selectView, useStore } from '../../store';
import { AdjudicationsTable } from './AdjudicationsTable';
import { AnalysisPanel } from './AnalysisPanel';
import { AssumptionsInForce } from './AssumptionsInForce';
import { CompareRuns } from './CompareRuns';
import { DelayCostPanel } from './DelayCostPanel';
import { DecisionsTable } from './DecisionsTable';
import { Downloads } from './Downloads';
import { Hotwash } from './Hotwash';
import { MeasureCharts } from './MeasureCharts';
import { MomentView } from './MomentView';
import { Scrubber } from './Scrubber';
import { TagForm } from './TagForm';
import { useOwnReview, useViewAt } from './useOwnReview';
import { useReviewLog } from './useReviewLog';
import './review.css';

const NOBODY = { connectedSeats: new Set<string>(), controlConnections: 0 };
const CONTROL = { seatId: null, isControl: true };

/** The measure point at or before the moment: where the charts put their marker. */
const pointAt = (series: readonly ViewedMeasurePoint[], seq: number) =>
  series.reduce((found, p, i) => (p.seq <= seq ? i : found), 0);

function Moment(props: {
  readonly live: ExerciseView;
  readonly entries: readonly TimelineEntry[];
  readonly index: number;
  readonly onScrub: (index: number) => void;
  readonly moment: ExerciseView | null;
  readonly series: readonly ViewedMeasurePoint[];
  readonly tags: readonly MomentTag[];
}) {
  const { live, entries, index, onScrub, moment, series, tags } = props;
  const entry = entries[index] ?? null;
  const seq = entry?.seq ?? 0;
  const seat = live.seats.find((s) => s.id === live.you.seatId);
  const tags_ok = live.you.isControl || seat?.kind === 'observer';
  return (
    <>
      <Scrubber entries={entries} index={index} onChange={onScrub} tags={tags} />
      {tags_ok && <TagForm seq={seq} />}
      {moment && <MomentView view={moment} entry={entry} />}
      <MeasureCharts series={series} at={pointAt(series, seq)} />
    </>
  );
}

function FullReview({ live }: { readonly live: ExerciseView }) {
  const t = useT();
  const log = useReviewLog(live.code, live.seq, true);
  const [at, setAt] = useState<number | null>(null);
  const events = log.status === 'ready' ? log.events : null;
  const states = log.status === 'ready' ? log.states : null;
  const locale = useStore(selectLocale);
  const entries = useMemo(() => (events ? timeline(events, locale) : []), [events, locale]);
  const series = useMemo(
    () => (events && states ? measuresSeriesFrom(events, states) : []),
    [events, states],
  );
  const last = Math.max(0, entries.length - 1);
  const index = at === null ? last : Math.min(at, last);
  const state = states?.[index];
  const moment = useMemo(() => (state ? cachedViewFor(state, CONTROL, NOBODY) : null), [state]);
  const final = states?.[states.length - 1];
  if (log.status === 'loading') return <p>{t('review.loading')}</p>;
  if (log.status === 'failed') return <p role="alert">{t('review.failed', { code: log.code })}</p>;
  return (
    <>
      <Downloads code={live.code} />
      <Moment
        live={live}
        entries={entries}
        index={index}
        onScrub={setAt}
        moment={moment}
        series={series}
        tags={final?.review.tags ?? []}
      />
      {final && <DecisionsTable state={final} />}
      {events && <AssumptionsInForce events={events} />}
      {events && final && (
        <AdjudicationsTable
          events={events}
          startsAt={final.scenario.startsAt}
          onScrub={(seq) => setAt(seq)}
        />
      )}
      {state && <AnalysisPanel state={state} seq={entries[index]?.seq ?? 0} />}
      {final?.forces && <DelayCostPanel code={live.code} register={final.scenario.assumptions} />}
      {live.you.isControl && <CompareRuns code={live.code} />}
    </>
  );
}

function OwnReview({ live }: { readonly live: ExerciseView }) {
  const t = useT();
  const { clock } = live;
  const own = useOwnReview(live.code, `${clock.turn}:${clock.phase}:${clock.status}`, true);
  const [at, setAt] = useState<number | null>(null);
  const entries = own.status === 'ready' ? own.review.timeline : [];
  const last = Math.max(0, entries.length - 1);
  const index = at === null ? last : Math.min(at, last);
  const moment = useViewAt(live.code, entries[index]?.seq ?? null);
  if (own.status === 'loading') return <p>{t('review.loading')}</p>;
  if (own.status === 'failed') return <p role="alert">{t('review.failed', { code: own.code })}</p>;
  return (
    <>
      <p className="hint" data-testid="review-own">
        {t('review.ownOnly')}
      </p>
      <Moment
        live={live}
        entries={entries}
        index={index}
        onScrub={setAt}
        moment={moment}
        series={own.review.series}
        tags={live.review.tags}
      />
    </>
  );
}

function UnlockButton({ live }: { readonly live: ExerciseView }) {
  const t = useT();
  const send = useStore((s) => s.sendCommand);
  if (live.review.unlocked) return <p className="hint">{t('review.unlocked')}</p>;
  return (
    <button
      type="button"
      className="button button--small button--secondary"
      data-testid="review-unlock"
      onClick={() => void send({ type: 'unlockReview' })}
    >
      {t('review.unlock')}
    </button>
  );
}

export function ReviewPanel() {
  const t = useT();
  const live = useStore(selectView);
  if (!live) return null;
  const full = live.you.isControl || live.review.fullRecord;
  return (
    <section className="review" data-testid="review-panel" aria-labelledby="review-title">
      <h2 id="review-title">{t('review.title')}</h2>
      {live.you.isControl && <UnlockButton live={live} />}
      {full ? <FullReview live={live} /> : <OwnReview live={live} />}
      <Hotwash view={live} />
    </section>
  );
}
