// The seat's forces order menu, asked of the server while the forces panel is shown: it is not in
// the view (ADR 0014). Asked again when a part of the view it depends on changes; a burst of
// patches makes one request in flight and at most one after it.
import { useEffect, useRef, useState } from 'react';
import type { ExerciseView } from '@council/shared';
import { failure, useStore, type AppError, type OrderMenuAsk, type OrderMenuOutcome } from '../../store';
import type { ForceOrderMenu } from './types';

export interface OrderMenuState {
  /** Undefined until the first answer; null when the seat's view has no forces. */
  readonly menu: ForceOrderMenu | null | undefined;
  /** Why the last request was refused (not connected, too many requests, no seat); null once answered. */
  readonly error: AppError | null;
}

/** After RATE_LIMITED, when to ask again (the request shares the commands' bucket). */
export const MENU_RETRY_MS = 1000;

const LOADING: OrderMenuState = { menu: undefined, error: null };

/**
 * One request at a time: asking while one is in flight asks once more when it returns, so the
 * answer shown is never older than the last change seen.
 */
function coalesced(fetchMenu: () => Promise<OrderMenuOutcome>, answer: (o: OrderMenuOutcome) => void) {
  let inFlight = false;
  let again = false;
  let stopped = false;
  let retry: ReturnType<typeof setTimeout> | null = null;
  const ask = (): void => {
    if (stopped) return;
    if (retry) clearTimeout(retry);
    retry = null;
    if (inFlight) {
      again = true;
      return;
    }
    inFlight = true;
    void fetchMenu().then((outcome) => {
      inFlight = false;
      if (stopped) return;
      answer(outcome);
      if (again) {
        again = false;
        ask();
      } else if (!outcome.ok && outcome.code === 'RATE_LIMITED') {
        retry = setTimeout(ask, MENU_RETRY_MS);
      }
    });
  };
  const stop = () => {
    stopped = true;
    if (retry) clearTimeout(retry);
  };
  return { ask, stop };
}

export function useOrderMenu(
  view: ExerciseView | null,
  unitId: string | null = null,
  destination: string | null = null,
): OrderMenuState {
  const fetchOrderMenu = useStore((s) => s.fetchOrderMenu);
  // The unit (and destination) whose arrivals are wanted: read when the request leaves, asked on change.
  const asked = useRef<OrderMenuAsk>(null);
  asked.current = unitId ? { unitId, destination } : null;
  const [state, setState] = useState<OrderMenuState>(LOADING);
  const asker = useRef<ReturnType<typeof coalesced> | null>(null);
  // Whose menu is shown: a seat change (Control swapped seats) starts again from loading.
  const viewer = view ? `${view.you.isControl}:${view.you.seatId}` : '';
  const shownFor = useRef(viewer);

  useEffect(() => {
    const requests = coalesced(
      () => fetchOrderMenu(asked.current),
      (outcome) => {
        if (outcome.ok) setState({ menu: outcome.menu, error: null });
        // A refusal keeps the menu already shown (the server still decides every order).
        else setState((s) => ({ menu: s.menu, error: failure(outcome) }));
      },
    );
    asker.current = requests;
    return () => {
      requests.stop();
      asker.current = null;
    };
  }, [fetchOrderMenu]);

  useEffect(() => {
    if (shownFor.current !== viewer) {
      shownFor.current = viewer;
      setState(LOADING);
    }
  }, [viewer]);

  // The menu follows the forces (units, orders, authority), the clock (phase open or closed), the
  // Council and its flags (authority) and who the reader is; channels and the rest do not change it.
  const forces = view?.forces ?? null;
  const clock = view?.clock;
  const council = view?.council;
  const flags = view?.flags;
  const you = view?.you;
  useEffect(() => {
    if (forces) asker.current?.ask();
  }, [forces, clock, council, flags, you, unitId, destination]);

  return state;
}
