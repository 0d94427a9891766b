// Control took the exercise back to the start of an earlier turn (ADR 0012). The log stays
// append-only: the events in [toSeq, fromSeq) stay stored but no longer count.
export interface RolledBack {
  readonly type: 'rolledBack';
  /** Log position of the start of the turn gone back to: the state there becomes live again. */
  readonly toSeq: number;
  /** Log position of this event; the events from toSeq up to here are set aside. */
  readonly fromSeq: number;
  readonly turn: number;
  readonly at: string;
}
