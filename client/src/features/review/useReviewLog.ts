// The full record in the browser: the log is fetched once, then only its tail as the game moves on,
// and the states are extended event by event rather than replayed from the start each time.
import { useEffect, useRef, useState } from 'react';
import { evolve, statesOf, type ExerciseState, type GameEvent } from '@council/shared';
import { fetchLog, fetchTail } from './api';

export type ReviewLog =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly code: string }
  | {
      readonly status: 'ready';
      readonly events: readonly GameEvent[];
      readonly states: readonly ExerciseState[];
    };

/** New events appended to the states; a rollback needs earlier states, so it rebuilds them all. */
export function extendStates(
  events: readonly GameEvent[],
  states: readonly ExerciseState[],
  tail: readonly GameEvent[],
): { events: GameEvent[]; states: ExerciseState[] } {
  const all = [...events, ...tail];
  if (tail.some((e) => e.type === 'rolledBack') || states.length !== events.length) {
    return { events: all, states: statesOf(all) };
  }
  const next = [...states];
  for (const event of tail) next.push(evolve(next[next.length - 1]!, event));
  return { events: all, states: next };
}

/** `seq` is the live view's: when it moves past the log we hold, the tail is fetched. */
export function useReviewLog(code: string, seq: number, enabled: boolean): ReviewLog {
  const [log, setLog] = useState<ReviewLog>({ status: 'loading' });
  const busy = useRef(false);

  useEffect(() => {
    if (!enabled) return;
    let cancelled = false;
    void fetchLog(code).then((result) => {
      if (cancelled) return;
      if (!result.ok) setLog({ status: 'failed', code: result.code });
      else {
        const events = [...result.value.events];
        setLog({ status: 'ready', events, states: statesOf(events) });
      }
    });
    return () => {
      cancelled = true;
    };
  }, [code, enabled]);

  const held = log.status === 'ready' ? log.events.length : 0;
  useEffect(() => {
    if (!enabled || log.status !== 'ready' || seq <= held || busy.current) return;
    busy.current = true;
    void fetchTail(code, held).then((result) => {
      busy.current = false;
      if (!result.ok || result.value.from !== held || result.value.events.length === 0) return;
      setLog((current) =>
        current.status === 'ready' && current.events.length === held
          ? { status: 'ready', ...extendStates(current.events, current.states, result.value.events) }
          : current,
      );
    });
  }, [code, seq, held, enabled, log.status]);

  return log;
}
