import { describe, expect, it } from 'vitest';
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

  it('never puts any name over any symbol (random maps)', () => {
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
      placed.forEach((p, i) => {
        if (p.x === null) return;
        const box = boxOf(labels[i]!, p);
        for (const s of symbols) expect(intersects(box, s), `run ${run}, ${p.id}`).toBe(false);
      });
    }
  });
});
