// A signed deal under strain (ADR 0008): detected serious breaches since the signature count
// against it, and at the scenario's threshold the signatures lapse and the talks reopen.
import type { Emitter } from '../engine/emit';
import type { NegotiationState } from './state';

/** Detected serious breaches since the deal was last signed; 0 while it is not signed. */
export function seriousSinceSignature(talks: NegotiationState): number {
  const signedAt = talks.signedAt;
  if (!signedAt) return 0;
  return talks.implementation.violations.filter(
    (v) => v.detected && v.severity === 'serious' && Date.parse(v.gameTime) > Date.parse(signedAt),
  ).length;
}

/** Reopens a signed deal whose detected serious breaches reached `reopenAfterSerious`. */
export function reopenIfStrained(b: Emitter, to: string, at: string): void {
  const { scenario, negotiation: talks, clock } = b.state;
  const threshold = scenario.negotiation?.implementation?.reopenAfterSerious;
  if (!talks?.signedAt || threshold === undefined) return;
  const seriousBreaches = seriousSinceSignature(talks);
  if (seriousBreaches < threshold) return;
  b.emit({ type: 'negotiationReopened', turn: clock.turn, seriousBreaches, gameTime: to, at });
}
