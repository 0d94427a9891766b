// Addresses the client understands, and the control-link fragment (#control=KEY) it consumes.
import { joinCode } from '@council/shared';

export type Route =
  | { readonly name: 'home' }
  | { readonly name: 'exercise'; readonly code: string }
  | { readonly name: 'notFound'; readonly path: string };

export function parseRoute(pathname: string): Route {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/') return { name: 'home' };
  const match = /^\/x\/([^/]+)$/.exec(path);
  if (match) {
    const code = joinCode.safeParse(decodeURIComponent(match[1] ?? ''));
    if (code.success) return { name: 'exercise', code: code.data };
  }
  return { name: 'notFound', path: pathname };
}

export const exercisePath = (code: string) => `/x/${code}`;

/** The control key carried in a control link's fragment, if any. */
export function controlKeyFromHash(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const key = params.get('control')?.trim();
  return key ? key : null;
}

/** The seat token carried in a seat link's fragment (#seat=TOKEN), if any. */
export function seatTokenFromHash(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const token = params.get('seat')?.trim();
  return token ? token : null;
}

export const joinLink = (origin: string, code: string) => `${origin}${exercisePath(code)}`;
/** A link Control hands a player it assigned a seat to: it opens the exercise in that seat. */
export const seatLink = (origin: string, code: string, token: string) =>
  `${joinLink(origin, code)}#seat=${encodeURIComponent(token)}`;
export const controlLink = (origin: string, code: string, key: string) =>
  `${joinLink(origin, code)}#control=${encodeURIComponent(key)}`;
