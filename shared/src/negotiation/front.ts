// The front (ADR 0008): while the deal is unsigned, each adjudication moves every sector of the line
// of contact by a seeded draw; once signed, the line is frozen and only a detected serious breach
// moves one sector. The draws happen here, in the turn machine, and ride in `frontMoved` events.
import type { Emitter } from '../engine/emit';
import { Dice } from '../rng/sfc32';
import type { FrontScenario } from './worldSchema';

type Sector = FrontScenario['sectors'][number];

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * A sector's movement over `days`, km: mean ± spread per day, drawn from two uniforms (a triangular
 * draw, most often near the mean).
 */
export const sectorShift = (sector: Sector, u1: number, u2: number, days: number): number =>
  round((sector.meanKmPerDay + sector.spreadKmPerDay * (u1 + u2 - 1)) * days);

/** Which way a breach by `party` moves the line: +1 for the attacker, −1 for the defender, 0 otherwise. */
export function breachDirection(front: FrontScenario, party: string): number {
  if (party === front.attacker) return 1;
  if (party === front.defender) return -1;
  return 0;
}

/** Moves the front for the turn ending at `to`; called at adjudication after the breaches are rolled. */
export function moveFront(b: Emitter, to: string, at: string): void {
  const { scenario, negotiation: talks, clock } = b.state;
  const front = scenario.negotiation?.front;
  if (!front || !talks) return;
  const turn = clock.turn;
  if (!talks.signedAt) {
    const dice = new Dice(b.state.rng);
    const days = (Date.parse(to) - Date.parse(clock.time)) / 86_400_000;
    const shifts = Object.fromEntries(
      front.sectors.map((sector) => [sector.id, sectorShift(sector, dice.float(), dice.float(), days)]),
    );
    b.emit({
      type: 'frontMoved',
      turn,
      cause: 'fighting',
      by: null,
      shifts,
      rolls: dice.rolls,
      rng: dice.state,
      gameTime: to,
      at,
    });
    return;
  }
  // Signed: frozen. An undetected breach leaves the public line where it was (ADR 0008).
  const breaches = talks.implementation.violations.filter(
    (v) => v.turn === turn && v.detected && v.severity === 'serious',
  );
  for (const breach of breaches) {
    const direction = breachDirection(front, breach.by);
    if (direction === 0 || front.breachKm === 0) continue;
    const dice = new Dice(b.state.rng);
    const sector = front.sectors[dice.between(0, front.sectors.length - 1)]!;
    b.emit({
      type: 'frontMoved',
      turn,
      cause: 'breach',
      by: breach.by,
      shifts: { [sector.id]: direction * front.breachKm },
      rolls: dice.rolls,
      rng: dice.state,
      gameTime: to,
      at,
    });
  }
}
