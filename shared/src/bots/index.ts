// Rule-based bots (ADR 0010): tendencies, the policy, and simulations with bots in every seat.
export * from './schema';
export * from './tendencies';
export * from './policy';
export * from './playOn';
export * from '../visibility/botBrief';
// The server's bot driver seeds think times and choices with the same PRNG the rules use.
export { hashSeed, nextUnit } from '../rng/sfc32';
