// @vitest-environment happy-dom
// The Baltic scenario's names as each kind of seat reads them, in English and in French, at a
// laptop's and a projector's map size, for the whole theatre and close looks at its most crowded
// borders (Šeštokai and Kybartai, Suwałki, Tallinn and Tartu, Narva): no name is written over
// another name, nor under a unit's symbol, and a name left out is only ever a minor one.
import { afterEach, describe, expect, it } from 'vitest';
import type { Locale } from '@council/shared';
import { translate } from '../../i18n';
import { useStore } from '../../store';
import { tx } from '../../i18n/scenarioText';
import { ASCENT, DESCENT, labelWidth } from './labelFonts';
import {
  frameFor,
  IDENTITY,
  OFF_MAP_LINE,
  OFF_MAP_WIDTH,
  withOffMap,
  zoomAt,
  type MapLayout,
  type Zoom,
} from './layout';
import { intersects, type Rect } from './labels';
import { markBox, unitMarks, type LabelSpot } from './mapLabels';
import { movesAt } from './MoveLayer';
import { placedLabels } from './placeNames';
import { projectAt, schedulesOf } from './schedule';
import { layoutGroups } from './stacks';
import { balticExercise, viewOf } from './testExercise';
import type { ForcesView } from './types';

/** The drawing's size at 1280×800 and 1920×1080 (as the browser measures the map's box), and a narrow one. */
const SIZES = [
  { width: 1232, height: 640 },
  { width: 1872, height: 920 },
  { width: 900, height: 560 },
] as const;
const SEATS = ['saceur', 'red', 'est'] as const;
const LOCALES: readonly Locale[] = ['en', 'fr'];
/** The crowded spots a French walk through the scenario found names overlapping at. */
const CROWDED = ['sestokai', 'kybartai', 'suwalki', 'tartu', 'tallinn', 'narva'] as const;
/** The zoom buttons' box over the top right corner. */
const CONTROLS = { width: 40, height: 118 };

const state = balticExercise(...SEATS);
const forcesOf = (seat: string): ForcesView => viewOf(state, seat).forces!;

afterEach(() => useStore.getState().setLocale('en'));

interface Drawn {
  readonly labels: ReadonlyMap<string, LabelSpot | null>;
  readonly symbols: readonly Rect[];
}

/** Lays the map out as MapView does, for one seat, size and zoom. */
function drawn(forces: ForcesView, layout: MapLayout, zoom: Zoom, locale: Locale): Drawn {
  const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
    translate(locale, key, params);
  const { width } = layout.size;
  const keepClear = [{ x0: width - CONTROLS.width - 16, y0: 0, x1: width, y1: CONTROLS.height + 12 }];
  const schedules = schedulesOf(forces);
  const spots = projectAt(forces, forces.hour, schedules);
  const groups = layoutGroups(forces, layout, zoom, spots, keepClear);
  const marks = unitMarks(groups, forces.perspective);
  const moves = movesAt(forces, layout, zoom, schedules, spots, forces.hour);
  const label = (hour: number) => `D+${Math.floor(hour / 24)} ${hour % 24}:00`;
  const labels = placedLabels(forces, layout, zoom, groups, marks, moves, keepClear, label, t);
  return { labels, symbols: marks.map(markBox) };
}

/** Every pair of names written in the frame whose boxes meet, and every name over a symbol. */
function clashes(d: Drawn, frame: Rect, where: string): string[] {
  const written = [...d.labels].flatMap(([id, s]) =>
    s && intersects(s.box, frame) ? [{ id, box: s.box }] : [],
  );
  const out: string[] = [];
  written.forEach((a, i) => {
    for (const b of written.slice(i + 1))
      if (intersects(a.box, b.box)) out.push(`${where}: ${a.id} × ${b.id}`);
    if (d.symbols.some((s) => intersects(s, a.box))) out.push(`${where}: ${a.id} under a symbol`);
  });
  return out;
}

function views(size: { width: number; height: number }, layout: MapLayout): [string, Zoom][] {
  const out: [string, Zoom][] = [['whole theatre', IDENTITY]];
  for (const k of [1.5 ** 2, 1.5 ** 4]) {
    out.push([
      `×${k.toFixed(1)} at the middle`,
      zoomAt(IDENTITY, k, { x: size.width / 2, y: size.height / 2 }, size),
    ]);
    for (const id of CROWDED) {
      const p = layout.points.get(id)!;
      out.push([`×${k.toFixed(1)} at ${id}`, zoomAt(IDENTITY, k, p, size)]);
    }
  }
  return out;
}

describe('the Baltic map’s names', () => {
  for (const locale of LOCALES)
    for (const seat of SEATS)
      it(`never meet each other nor a symbol, for ${seat} in ${locale}`, () => {
        useStore.getState().setLocale(locale);
        const forces = forcesOf(seat);
        const found: string[] = [];
        for (const size of SIZES) {
          const layout = withOffMap(frameFor(forces.places, size));
          for (const [name, zoom] of views(size, layout)) {
            const d = drawn(forces, layout, zoom, locale);
            const frame = { x0: layout.left, y0: 0, x1: size.width, y1: size.height };
            found.push(...clashes(d, frame, `${size.width}×${size.height} ${name}`));
          }
        }
        expect(found).toEqual([]);
      });

  it('writes the off-map places’ names in the column, clear of its units, in English and French', () => {
    const found: string[] = [];
    for (const locale of LOCALES) {
      useStore.getState().setLocale(locale);
      for (const seat of SEATS) {
        const forces = forcesOf(seat);
        const spots = projectAt(forces, forces.hour, schedulesOf(forces));
        const unitsAt = new Map<string, number>();
        for (const s of spots.values())
          if (s.kind === 'at') unitsAt.set(s.placeId, (unitsAt.get(s.placeId) ?? 0) + 1);
        // At the laptop's and the projector's sizes (a shorter map squeezes the column).
        for (const size of SIZES.slice(0, 2)) {
          const frame = frameFor(forces.places, size);
          const names = new Map(frame.offMapPlaces.map((p) => [p.id, tx(p.name)]));
          const layout = withOffMap(frame, unitsAt, names);
          const marks = unitMarks(layoutGroups(forces, layout, IDENTITY, spots), forces.perspective).map(
            markBox,
          );
          for (const p of frame.offMapPlaces) {
            const at = layout.offMap.get(p.id)!.label;
            const lines = layout.offMapNames.get(p.id)!;
            const box = {
              x0: at.x,
              y0: at.y - ASCENT * 12,
              x1: at.x + Math.max(...lines.map((l) => labelWidth('offMap', l))),
              y1: at.y + (lines.length - 1) * OFF_MAP_LINE + DESCENT * 12,
            };
            const where = `${seat} ${locale} ${size.width}×${size.height} ${p.id}`;
            if (box.x1 > OFF_MAP_WIDTH - 5) found.push(`${where}: wider than the column`);
            if (marks.some((m) => intersects(m, box))) found.push(`${where}: over a unit`);
          }
        }
      }
    }
    expect(found).toEqual([]);
  });

  it('writes every capital at every size and zoom, and every place in reach once zoomed in', () => {
    for (const seat of SEATS) {
      const forces = forcesOf(seat);
      for (const size of SIZES) {
        const layout = withOffMap(frameFor(forces.places, size));
        const d = drawn(forces, layout, IDENTITY, 'fr');
        for (const p of forces.places)
          if (p.kind === 'capital' && layout.points.has(p.id))
            expect(d.labels.get(`place:${p.id}`), `${seat} ${size.width} ${p.id}`).toBeTruthy();
      }
    }
  });
});
