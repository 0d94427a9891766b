// Imported before the Colyseus SDK, which keeps whatever `globalThis.WebSocket` is when it loads.
//
// The SDK opens a socket with `new WebSocket(url, { headers, protocols })` (the Node form) and
// relies on the browser throwing on that object to retry with the standard `(url, protocols)`.
// A WebSocket wrapper that does not throw (Playwright's routeWebSocket mock, some polyfills and
// monitoring shims) then gets an object as its protocol list and the join hangs for ever. This
// proxy throws exactly where a native browser WebSocket would, and changes nothing else.

const STRICT = Symbol.for('council.strictWebSocket');

function isProtocolList(value: unknown): boolean {
  return value === undefined || typeof value === 'string' || Array.isArray(value);
}

const Native = globalThis.WebSocket as (typeof WebSocket & { [STRICT]?: true }) | undefined;

if (typeof Native === 'function' && !Native[STRICT]) {
  const Strict = new Proxy(Native, {
    construct(target, args: unknown[], newTarget) {
      if (!isProtocolList(args[1])) {
        throw new SyntaxError('WebSocket protocols must be a string or an array of strings.');
      }
      return Reflect.construct(target, args, newTarget) as object;
    },
    get(target, key, receiver) {
      return key === STRICT ? true : Reflect.get(target, key, receiver);
    },
  });
  globalThis.WebSocket = Strict;
}

export {};
