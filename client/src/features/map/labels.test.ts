import { describe, expect, it } from 'vitest';
import { labelWidth, wrapName } from './labelFonts';
import { intersects, placeLabels, type LabelRequest, type Rect } from './labels';

const frame: Rect = { x0: 0, y0: 0, x1: 1000, y1: 700 };
const rect = (x: number, y: number, w: number, h: number): Rect => ({ x0: x, y0: y, x1: x + w, y1: y + h });
const label = (id: string, x: number, y: number, width = 80, height = 16, maxShift = 400): LabelRequest => ({
  id,
  x,
  y,
  width,
  height,
  maxShift,
});
const boxOf = (l: LabelRequest, p: { x: number | null; y: number | null }): Rect =>
  rect(p.x!, p.y!, l.width, l.height);

describe('placing names clear of unit symbols', () => {
  it('leaves a name that covers nothing where it was asked to be', () => {
    const [p] = placeLabels([rect(500, 500, 30, 30)], [label('tallinn', 100, 100)], frame);
    expect(p).toEqual({ id: 'tallinn', x: 100, y: 100, shift: 0 });
  });

  it('moves a name from under a symbol to the nearest clear spot', () => {
    const symbols = [rect(120, 95, 30, 30)];
    const l = label('tartu', 100, 100);
    const [p] = placeLabels(symbols, [l], frame);
    expect(p!.shift).toBeGreaterThan(0);
    expect(p!.shift).toBeLessThan(60);
    expect(intersects(boxOf(l, p!), symbols[0]!)).toBe(false);
  });

  it('keeps names apart from each other when there is room', () => {
    const a = label('a', 100, 100);
    const b = label('b', 110, 104);
    const [pa, pb] = placeLabels([], [a, b], frame);
    expect(pa).toMatchObject({ x: 100, y: 100 });
    expect(intersects(boxOf(a, pa!), boxOf(b, pb!))).toBe(false);
  });

  it('leaves a name out rather than write it over a symbol when no clear spot is within reach', () => {
    const [p] = placeLabels([rect(0, 0, 1000, 700)], [label('lithuania', 400, 300, 120, 20, 60)], frame);
    expect(p).toMatchObject({ x: null, y: null });
  });

  it('leaves a name out rather than write it over another name', () => {
    const a = label('kaunas', 100, 100, 80, 16, 30);
    const walls = [
      rect(0, 60, 1000, 38),
      rect(0, 118, 1000, 40),
      rect(60, 0, 38, 700),
      rect(182, 0, 40, 700),
    ];
    const [pa, pb] = placeLabels(walls, [a, { ...a, id: 'sestokai' }], frame);
    expect(pa).toMatchObject({ x: 100, y: 100 });
    expect(pb).toMatchObject({ x: null, y: null });
  });

  it('tries the spots beside its place before moving away, and skips other places’ marks', () => {
    // Right of the place is another place's mark: the name goes to its left, touching nothing.
    const of = { x: 300, y: 300 };
    const marks = [rect(294, 294, 12, 12), rect(318, 290, 12, 12)];
    const l = { ...label('kybartai', 307, 292, 80, 16, 10), of };
    const [p] = placeLabels([], [l], frame, 1, marks);
    expect(p).toMatchObject({ x: 300 - 7 - 80, y: 292 });
  });

  it('writes no name for a place out of the frame, nor one reaching past its edge', () => {
    const placed = placeLabels(
      [],
      [
        { ...label('narva', 1010, 100), of: { x: 1005, y: 108 } },
        { ...label('tallinn', 960, 100, 80, 16, 0), of: { x: 955, y: 108 } },
      ],
      frame,
    );
    expect(placed[0]).toMatchObject({ x: null });
    // Too long for the right of its place: it goes to its left, inside the frame.
    expect(placed[1]!.x! + 80).toBeLessThanOrEqual(1000);
  });

  it('never puts any name over any symbol or any other name (random maps)', () => {
    const seed = Number(process.env.PROPERTY_SEED) || 20_261_207;
    console.log(`label placement seed ${seed} (PROPERTY_SEED)`);
    let state = seed >>> 0;
    const random = () => {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const int = (max: number) => Math.floor(random() * max);
    for (let run = 0; run < 60; run++) {
      const symbols = Array.from({ length: int(80) }, () => rect(int(970), int(670), 30, 30));
      const labels = Array.from({ length: int(50) }, (_, i) =>
        label(`l${i}`, int(900), int(680), 20 + int(140)),
      );
      const placed = placeLabels(symbols, labels, frame);
      const boxes = placed.flatMap((p, i) => (p.x === null ? [] : [{ id: p.id, box: boxOf(labels[i]!, p) }]));
      boxes.forEach(({ id, box }, i) => {
        for (const s of symbols) expect(intersects(box, s), `run ${run}, ${id}`).toBe(false);
        for (const o of boxes.slice(i + 1))
          expect(intersects(box, o.box), `run ${run}, ${id} × ${o.id}`).toBe(false);
        expect(
          box.x0 >= 0 && box.x1 <= 1000 && box.y0 >= 0 && box.y1 <= 700,
          `run ${run}, ${id} in frame`,
        ).toBe(true);
      });
    }
  });
});

describe('off-map names written in the column', () => {
  it('breaks a long name into two lines no wider than the column, ending it with an ellipsis past that', () => {
    const width = 124;
    const two = wrapName('offMap', 'Fort Liberty, Caroline du Nord', width);
    expect(two[0]).toBe('Fort Liberty,');
    expect(two.length).toBe(2);
    const cut = wrapName('offMap', 'Centre d’embarquement maritime de Marchwood', width);
    expect(cut.length).toBe(2);
    expect(cut[1]).toMatch(/…$/);
    for (const line of [...two, ...cut]) expect(labelWidth('offMap', line)).toBeLessThanOrEqual(width);
    expect(wrapName('offMap', 'Bremerhaven', width)).toEqual(['Bremerhaven']);
  });
});
