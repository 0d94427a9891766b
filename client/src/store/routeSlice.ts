// Where the reader is, kept in step with the address bar through the History API.
import type { StateCreator } from 'zustand';
import { controlKeyFromHash, parseRoute, seatTokenFromHash, type Route } from './route';
import { saveSeatToken, takeControlKeyFromLink } from './persist';
import type { Store } from './store';

export interface RouteSlice {
  route: Route;
  /** Go to a path inside the app (pushes a history entry unless replace). */
  navigate(path: string, options?: { replace?: boolean }): void;
  /** Re-read the address bar: at start-up and on back/forward. */
  syncRoute(): void;
}

/**
 * A control link (/x/CODE#control=KEY) hands this browser the control key: keep it, then strip
 * the fragment so the key does not linger in the address bar, the history or on a projector.
 */
function consumeControlLink(route: Route): void {
  if (typeof window === 'undefined' || route.name !== 'exercise') return;
  const key = controlKeyFromHash(window.location.hash);
  // A seat link (/x/CODE#seat=TOKEN) from Control seats this browser the same way.
  const seatToken = seatTokenFromHash(window.location.hash);
  if (!key && !seatToken) return;
  if (key) takeControlKeyFromLink(route.code, key);
  if (seatToken) saveSeatToken(route.code, seatToken);
  window.history.replaceState(window.history.state, '', window.location.pathname);
}

function currentRoute(): Route {
  if (typeof window === 'undefined') return { name: 'home' };
  const route = parseRoute(window.location.pathname);
  consumeControlLink(route);
  return route;
}

export const createRouteSlice: StateCreator<Store, [], [], RouteSlice> = (set) => ({
  route: currentRoute(),
  navigate(path, options) {
    if (typeof window !== 'undefined') {
      if (options?.replace) window.history.replaceState(null, '', path);
      else window.history.pushState(null, '', path);
    }
    set({ route: parseRoute(path) });
  },
  syncRoute() {
    set({ route: currentRoute() });
  },
});
