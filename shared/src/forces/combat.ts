// Adjudicates one combat round at one place: force ratio, terrain, posture and air, one d6, the CRT.
import { CRT_COLUMNS, columnFor, lookup } from './crt';
import type { DiceRecord } from './events';
import { networkOf, place } from './network';
import type { ForcesRules } from './schema';
import type { ForcesState, UnitState } from './state';
import type { Side } from './vocabulary';
import { verbatim, type LocalisedText } from '../scenario/text';
import { combatWords, wordAdjudication } from './explain';
import { ADJUDICATION_WORDS, type PostureId } from './explainWords';

export interface CombatInput {
  readonly unitId: string;
  readonly name: LocalisedText;
  readonly power: number;
  readonly posture: number;
}

export interface CombatModifier {
  readonly name: string;
  readonly appliesTo: 'attacker' | 'defender';
  readonly factor: number;
  readonly why: string;
}

export interface CombatRecord {
  readonly placeId: string;
  readonly atHour: number;
  readonly rule: 'combatResultsTable';
  readonly attackerSide: Side;
  readonly attackers: readonly CombatInput[];
  readonly defenders: readonly CombatInput[];
  readonly modifiers: readonly CombatModifier[];
  readonly attackerPower: number;
  readonly defenderPower: number;
  readonly ratio: number;
  readonly column: string;
  readonly dice: DiceRecord;
  readonly result: {
    readonly attackerLoss: number;
    readonly defenderLoss: number;
    readonly defenderRetreats: boolean;
    /** The last defenders of a capital fight on in the city instead of giving ground. */
    readonly defendersStand?: boolean;
  };
  readonly losses: readonly { readonly unitId: string; readonly before: number; readonly after: number }[];
  readonly explanation: string;
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

export const unitPower = (rules: ForcesRules, u: UnitState): number =>
  rules.combatFactors[u.type] * u.battalions * (u.strength / 100);

export function postureOf(
  rules: ForcesRules,
  u: UnitState,
  hour: number,
): { factor: number; id: PostureId; name: string } {
  const p = rules.posture;
  const of = (id: PostureId, factor: number) => ({
    factor,
    id,
    name: ADJUDICATION_WORDS.en[`posture.${id}`],
  });
  switch (u.readiness) {
    case 'garrison':
      return of('garrison', p.garrison);
    case 'moving':
      return of('moving', p.moving);
    case 'inPlace':
      return u.inPlaceSince !== null && hour - u.inPlaceSince >= rules.preparedAfterHours
        ? of('prepared', p.prepared)
        : of('hasty', p.inPlace);
    default:
      return of('alerted', p.alerted);
  }
}

/** Air superiority: each side's squadrons in place, the net advantage scaled and capped. */
export function airFactor(state: ForcesState, side: Side): number {
  let own = 0;
  let enemy = 0;
  for (const id in state.units) {
    const u = state.units[id]!;
    if (u.type !== 'air' || u.readiness !== 'inPlace') continue;
    const sq = u.battalions * (u.strength / 100);
    if (u.side === side) own += sq;
    else enemy += sq;
  }
  const rules = state.scenario.rules;
  return 1 + Math.min(rules.airCap - 1, Math.max(0, rules.airPerSquadron * (own - enemy)));
}

/** One round of combat; `die` is the d6 already rolled by the caller. */
export function adjudicate(
  state: ForcesState,
  placeId: string,
  attackers: readonly UnitState[],
  defenders: readonly UnitState[],
  hour: number,
  die: number,
  dice: DiceRecord,
): CombatRecord {
  const rules = state.scenario.rules;
  const here = place(networkOf(state.scenario), placeId);
  const attackerSide = attackers[0]!.side;
  const defenderSide: Side = attackerSide === 'red' ? 'blue' : 'red';
  const atk = attackers.map((u) => ({
    unitId: u.id,
    name: u.name,
    power: round2(unitPower(rules, u)),
    posture: 1,
  }));
  const def = defenders.map((u) => {
    const p = postureOf(rules, u, hour);
    return { unitId: u.id, name: u.name, power: round2(unitPower(rules, u)), posture: p.factor };
  });
  const rawA = atk.reduce((s, x) => s + x.power, 0);
  const rawD = def.reduce((s, x) => s + x.power, 0);
  const postured = def.reduce((s, x) => s + x.power * x.posture, 0);
  const posture = rawD > 0 ? postured / rawD : 1;
  const terrain = rules.terrainDefence[here.terrain];
  const airA = airFactor(state, attackerSide);
  const airD = airFactor(state, defenderSide);
  const modifiers: CombatModifier[] = [
    {
      name: 'terrain',
      appliesTo: 'defender',
      factor: terrain,
      why: `${here.terrain} ground at ${here.name.en}`,
    },
    {
      name: 'posture',
      appliesTo: 'defender',
      factor: round2(posture),
      why: def.length ? postureSummary(rules, defenders, hour) : 'no defenders',
    },
    { name: 'air', appliesTo: 'attacker', factor: round2(airA), why: 'net air advantage of the attacker' },
    { name: 'air', appliesTo: 'defender', factor: round2(airD), why: 'net air advantage of the defender' },
  ];
  const attackerPower = round2(rawA * airA);
  const defenderPower = round2(Math.max(0.01, rawD * posture * terrain * airD));
  const ratio = round2(attackerPower / defenderPower);
  const column = columnFor(ratio);
  const [aLoss, dLossBase, retreatCell] = lookup(column, die);
  // The last defenders of a capital fight on in the city instead of giving ground.
  const standAndFight = retreatCell && here.kind === 'capital' && defenderSide === 'blue';
  const dLoss = standAndFight ? Math.round(dLossBase * 1.5) : dLossBase;
  const retreats = retreatCell && !standAndFight;
  const losses = [
    ...attackers.map((u) => ({
      unitId: u.id,
      before: u.strength,
      after: Math.max(0, round2(u.strength - aLoss)),
    })),
    ...defenders.map((u) => ({
      unitId: u.id,
      before: u.strength,
      after: Math.max(0, round2(u.strength - dLoss)),
    })),
  ];
  const record: Omit<CombatRecord, 'explanation'> = {
    placeId,
    atHour: hour,
    rule: 'combatResultsTable',
    attackerSide,
    attackers: atk,
    defenders: def,
    modifiers,
    attackerPower,
    defenderPower,
    ratio,
    column: CRT_COLUMNS[column]!.label,
    dice,
    result: {
      attackerLoss: aLoss,
      defenderLoss: dLoss,
      defenderRetreats: retreats,
      ...(standAndFight ? { defendersStand: true } : {}),
    },
    losses,
  };
  // The record keeps its sentence in English; readers' clients and exports word the kind (explain.ts).
  const names = { place: () => here.name, unit: (id: string) => verbatim(id) };
  const explanation = wordAdjudication(combatWords({ ...record, explanation: '' }, names), 'en');
  return { ...record, explanation };
}

function postureSummary(rules: ForcesRules, units: readonly UnitState[], hour: number): string {
  return [...new Set(units.map((u) => postureOf(rules, u, hour).name))].join(', ');
}
