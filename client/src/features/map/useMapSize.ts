// The map's drawing size in CSS pixels: as wide as the box it is given, and as tall as the screen
// leaves below the sticky status bar, so the whole map shows under it. While the map is shown, the
// page scrolls things into view below that bar (scroll-padding-top), never under it.
import { useEffect, useState, type RefObject } from 'react';
import type { Size } from './geo';
import { MAP_SIZE } from './layout';

/** The bar that stays at the top of the exercise screen (features/exercise/StatusBar). */
const STICKY_HEADER = '.status-bar';
const CONTROLS = '.map__controls';
const MIN_HEIGHT = 420;
const GAP = 12;

/** Width of the box; height of the screen under the header, within sensible bounds of the width. */
export function mapSizeFor(boxWidth: number, screenHeight: number, headerHeight: number): Size {
  if (boxWidth <= 0) return MAP_SIZE;
  const width = Math.round(boxWidth);
  const room = screenHeight - headerHeight - GAP * 2;
  const height = Math.round(Math.max(MIN_HEIGHT, Math.min(room, width * 1.1)));
  return { width, height };
}

const same = (a: Size, b: Size) => a.width === b.width && a.height === b.height;

export interface MapBox {
  /** The drawing's size (CSS pixels). */
  readonly size: Size;
  /** The zoom buttons over its top right corner: names and units keep clear of them. */
  readonly controls: Size;
}

const NO_CONTROLS: Size = { width: 0, height: 0 };

export function useMapSize(boxRef: RefObject<HTMLElement | null>): MapBox {
  const [size, setSize] = useState<MapBox>({ size: MAP_SIZE, controls: NO_CONTROLS });
  useEffect(() => {
    const box = boxRef.current;
    if (!box || typeof ResizeObserver === 'undefined') return;
    const header = document.querySelector<HTMLElement>(STICKY_HEADER);
    const root = document.documentElement;
    const before = root.style.scrollPaddingTop;
    const measure = () => {
      const headerHeight = header?.offsetHeight ?? 0;
      root.style.scrollPaddingTop = `${headerHeight + GAP}px`;
      const buttons = box.querySelector<HTMLElement>(CONTROLS);
      const next = mapSizeFor(box.clientWidth, window.innerHeight, headerHeight);
      const controls = buttons ? { width: buttons.offsetWidth, height: buttons.offsetHeight } : NO_CONTROLS;
      setSize((s) => (same(s.size, next) && same(s.controls, controls) ? s : { size: next, controls }));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    if (header) observer.observe(header);
    const buttons = box.querySelector<HTMLElement>(CONTROLS);
    if (buttons) observer.observe(buttons);
    window.addEventListener('resize', measure);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', measure);
      root.style.scrollPaddingTop = before;
    };
  }, [boxRef]);
  return size;
}
