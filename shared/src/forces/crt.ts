// The combat results table: force-ratio columns × one d6, in the manner of RAND's hex-and-dice games.
/**
 * Design table, not a calibrated source: each cell is [attacker loss, defender loss] in points of
 * establishment strength for one combat round, and whether the defender must give ground. Its
 * shape follows the usual board-wargame CRT (attacks below about 3:1 rarely force a retreat
 * against a prepared defence); its scale was tuned so the 2016 posture reproduces RAND RR-1253's
 * 36–60 h to Tallinn or Riga (docs/decisions/0004-forces-model.md).
 */
export const CRT_COLUMNS = [
  { label: '<1:1', from: 0 },
  { label: '1:1', from: 0.8 },
  { label: '1.5:1', from: 1.3 },
  { label: '2:1', from: 1.8 },
  { label: '3:1', from: 2.6 },
  { label: '4:1', from: 3.6 },
  { label: '6:1', from: 5.2 },
] as const;

type Cell = readonly [attackerLoss: number, defenderLoss: number, defenderRetreats: boolean];

const R = true;
const H = false;
export const CRT: readonly (readonly Cell[])[] = [
  [
    [12, 2, H],
    [10, 3, H],
    [9, 4, H],
    [8, 5, H],
    [7, 6, H],
    [6, 7, H],
  ],
  [
    [10, 4, H],
    [9, 5, H],
    [8, 6, H],
    [7, 7, H],
    [6, 8, H],
    [5, 10, R],
  ],
  [
    [9, 5, H],
    [8, 6, H],
    [7, 8, H],
    [6, 9, H],
    [5, 10, R],
    [4, 12, R],
  ],
  [
    [8, 6, H],
    [7, 8, H],
    [6, 9, R],
    [5, 10, R],
    [4, 12, R],
    [3, 14, R],
  ],
  [
    [7, 8, H],
    [6, 10, R],
    [5, 11, R],
    [4, 12, R],
    [3, 14, R],
    [2, 16, R],
  ],
  [
    [6, 10, R],
    [5, 11, R],
    [4, 12, R],
    [3, 14, R],
    [2, 16, R],
    [2, 18, R],
  ],
  [
    [4, 12, R],
    [3, 14, R],
    [3, 16, R],
    [2, 18, R],
    [2, 20, R],
    [1, 25, R],
  ],
];

export function columnFor(ratio: number): number {
  let col = 0;
  CRT_COLUMNS.forEach((c, i) => {
    if (ratio >= c.from) col = i;
  });
  return col;
}

export function lookup(column: number, die: number): Cell {
  const row = CRT[column];
  const cell = row?.[die - 1];
  if (!cell) throw new Error(`no CRT cell for column ${column}, die ${die}`);
  return cell;
}
