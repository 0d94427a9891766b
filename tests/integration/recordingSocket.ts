// Every frame a test client receives, byte for byte: installed as the global WebSocket before the SDK loads.
import WebSocket from 'ws';

const frames = new WeakMap<object, Buffer[]>();

class RecordingWebSocket extends WebSocket {
  constructor(...args: ConstructorParameters<typeof WebSocket>) {
    super(...args);
    const received: Buffer[] = [];
    frames.set(this, received);
    this.on('message', (data: WebSocket.RawData) => {
      received.push(Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as ArrayBuffer));
    });
  }
}

// Node 20 has no global WebSocket, so the SDK would import `ws` itself; give it this one instead.
(globalThis as { WebSocket?: unknown }).WebSocket ??= RecordingWebSocket;

/** The raw frames received so far by the socket behind an SDK room. */
export function framesReceived(room: { connection: { transport: unknown } }): Buffer[] {
  const socket = (room.connection.transport as { ws?: object }).ws;
  return (socket && frames.get(socket)) ?? [];
}
