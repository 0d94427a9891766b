// The peers' baseline for `npm run bench:server -- --server bare`: a bare Colyseus 0.18 room that
// relays each post to every client of its exercise, with nothing else (no rules, no views, no log,
// no storage). Measured under the same workload and harness as the product, it shows what the
// transport alone costs; the README's Performance section reports both side by side.
import { Room, Server, type Client } from '@colyseus/core';
import { WebSocketTransport } from '@colyseus/ws-transport';
import { benchProbeRouter } from '../src/sync/benchProbe';

export const BARE_ROOM = 'bare';

/** What a client sends and what every client of the room receives. */
export interface BarePost {
  readonly nonce: number;
  readonly body: string;
}
export interface BareRelay extends BarePost {
  readonly seq: number;
  readonly from: string;
}

class BareExerciseRoom extends Room {
  private seq = 0;
  override maxClients = 64;

  override onCreate(): void {
    this.onMessage('post', (client: Client, post: BarePost) => {
      this.seq++;
      const relay: BareRelay = { seq: this.seq, from: client.sessionId, nonce: post.nonce, body: post.body };
      this.broadcast('post', relay);
    });
  }
}

const port = Number(process.env.PORT ?? 0);
const server = new Server({
  transport: new WebSocketTransport(),
  greet: false,
  express: (app) => {
    app.use('/__bench', benchProbeRouter());
  },
});
server.define(BARE_ROOM, BareExerciseRoom).filterBy(['code']);
await server.listen(port, '127.0.0.1');
const address = (server.transport as unknown as { server: import('node:http').Server }).server.address();
const listening = typeof address === 'object' && address ? address.port : port;
// The line the benchmark waits for (the product's server prints the same).
console.log(`Bare room is running.\n  On this machine:        http://localhost:${listening}`);
