// The only module that knows the server's transport (HTTP + Colyseus): builds the Transport.
import './strictWebSocket'; // must run before the SDK loads: see the file
import { Client } from '@colyseus/sdk';
import type { Transport } from '../store/types';
import { createHttpApi } from './http';
import { openRoomSession } from './session';

/** Same origin by default; VITE_SERVER_URL points a dev build at another server. */
export function serverUrl(): string {
  const configured = import.meta.env.VITE_SERVER_URL as string | undefined;
  return (configured || window.location.origin).replace(/\/+$/, '');
}

export function createTransport(baseUrl: string = serverUrl()): Transport {
  const http = createHttpApi(baseUrl);
  let client: Client | null = null;
  return {
    ...http,
    openSession(code, sink) {
      client ??= new Client(baseUrl);
      return openRoomSession(client, code, sink);
    },
  };
}
