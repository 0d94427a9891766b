// A seat's own review before the full record is open: its timeline and measures from the server,
// and the view it had at the scrubbed moment (fetched when the scrubber rests).
import { useEffect, useState } from 'react';
import type { ExerciseView, SeatReview } from '@council/shared';
import { fetchReviewJson } from './api';
import { selectLocale, useStore } from '../../store';

export type OwnReview =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly code: string }
  | { readonly status: 'ready'; readonly review: SeatReview };

/** `moment` changes when the live exercise reaches a new phase: then the review is fetched again. */
export function useOwnReview(code: string, moment: string, enabled: boolean): OwnReview {
  const [state, setState] = useState<OwnReview>({ status: 'loading' });
  // The timeline's labels come worded in the reader's language.
  const locale = useStore(selectLocale);
  useEffect(() => {
    if (!enabled) return;
    let cancelled = false;
    void fetchReviewJson<SeatReview>(code, `seat.json?lang=${locale}`).then((result) => {
      if (cancelled) return;
      setState(
        result.ok ? { status: 'ready', review: result.value } : { status: 'failed', code: result.code },
      );
    });
    return () => {
      cancelled = true;
    };
  }, [code, moment, enabled, locale]);
  return state;
}

/** The view at `seq`, fetched a moment after the scrubber stops moving. */
export function useViewAt(code: string, seq: number | null): ExerciseView | null {
  const [view, setView] = useState<{ seq: number; view: ExerciseView } | null>(null);
  useEffect(() => {
    if (seq === null) return;
    let cancelled = false;
    const timer = setTimeout(() => {
      void fetchReviewJson<ExerciseView>(code, `view/${seq}`).then((result) => {
        if (!cancelled && result.ok) setView({ seq, view: result.value });
      });
    }, 120);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [code, seq]);
  return view?.view ?? null;
}
