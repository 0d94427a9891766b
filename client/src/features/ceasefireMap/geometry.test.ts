import { geoConicConformal } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { haversineKm } from '../../../../shared/src/forces/network';
import { overlaps, pixelsPerKm, shiftLine, spreadApart, textBox } from './geometry';

const at = (p: readonly [number, number]) => ({ lon: p[0], lat: p[1] });

describe('the ceasefire map’s geometry', () => {
  it('moves a line the given km along its bearing', () => {
    const line: [number, number][] = [
      [37.9, 49.18],
      [37.1, 48.28],
    ];
    const west = shiftLine(line, 20, 270);
    west.forEach((p, i) => {
      expect(haversineKm(at(p), at(line[i]!))).toBeCloseTo(20, 0);
      expect(p[0]).toBeLessThan(line[i]![0]);
      expect(p[1]).toBeCloseTo(line[i]![1], 6);
    });
    const north = shiftLine(line, 10, 0);
    expect(north[0]![1]).toBeGreaterThan(line[0]![1]);
    expect(shiftLine(line, 0, 123)).toEqual(line);
  });

  it('measures pixels per km from the projection', () => {
    const projection = geoConicConformal().rotate([-31, 0]).parallels([46, 51]).scale(2000);
    const ppk = pixelsPerKm(projection, [31, 48]);
    const a = projection([31, 48])!;
    const b = projection([32, 48])!;
    expect(Math.hypot(b[0] - a[0], b[1] - a[1]) / haversineKm(at([31, 48]), at([32, 48]))).toBeCloseTo(
      ppk,
      1,
    );
  });

  it('spreads items on one spot apart and leaves lone ones where they are', () => {
    const spots = spreadApart(
      ['a', 'b', 'c'],
      (x) => (x === 'c' ? { x: 300, y: 300 } : { x: 100, y: 100 }),
      30,
    );
    expect(spots.get('a')).toEqual({ x: 85, y: 100 });
    expect(spots.get('b')).toEqual({ x: 115, y: 100 });
    expect(spots.get('c')).toEqual({ x: 300, y: 300 });
  });

  it('tells when two labels would cover each other', () => {
    const name = textBox(100, 100, 'Lviv', 13, 'start');
    expect(name.x0).toBe(100);
    expect(name.x1).toBeGreaterThan(120);
    const eta = (x: number, y: number) => textBox(x, y, 'ETA D+5 18:00', 12, 'middle');
    expect(eta(100, 100).x0).toBeLessThan(100);
    expect(overlaps(eta(130, 104), name)).toBe(true);
    expect(overlaps(eta(130, 130), name)).toBe(false);
    expect(overlaps(eta(300, 100), name)).toBe(false);
  });
});
