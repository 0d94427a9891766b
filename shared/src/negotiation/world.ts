// The world keeps moving (ADR 0008): at adjudication, after the ceasefire's breaches are rolled and
// before the clock moves, the front moves, a strained deal may reopen, and the spending clock runs.
import type { Emitter } from '../engine/emit';
import { moveFront } from './front';
import { moveSpending } from './spending';
import { reopenIfStrained } from './strain';

export function moveWorld(b: Emitter, to: string, at: string): void {
  moveFront(b, to, at);
  reopenIfStrained(b, to, at);
  moveSpending(b, to, at);
}
