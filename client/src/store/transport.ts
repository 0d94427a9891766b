// The one transport the store talks through; main.tsx installs the real one, tests a fake.
import type { Transport } from './types';

let current: Transport | null = null;

export function setTransport(transport: Transport): void {
  current = transport;
}

export function transport(): Transport {
  if (!current) throw new Error('No transport installed: call setTransport() at start-up.');
  return current;
}
