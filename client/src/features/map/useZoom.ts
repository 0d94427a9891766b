// Pan and zoom of the map: buttons, the mouse wheel, dragging and the keyboard.
import {
  useCallback,
  useEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
  type RefObject,
} from 'react';
import type { Size } from './geo';
import { IDENTITY, MAP_SIZE, panBy, zoomAt, type Zoom } from './layout';

const STEP = 60;

/** Converts a pointer position to drawing units of an SVG scaled to fit its box. */
function toDrawing(svg: SVGSVGElement, size: Size, clientX: number, clientY: number) {
  const r = svg.getBoundingClientRect();
  const sx = r.width ? size.width / r.width : 1;
  const sy = r.height ? size.height / r.height : 1;
  return { x: (clientX - r.left) * sx, y: (clientY - r.top) * sy, sx, sy };
}

/** Zoom and pan of an SVG whose drawing is `size` (drawing units; the map's are CSS pixels). */
const mid = (s: Size) => ({ x: s.width / 2, y: s.height / 2 });

export function useZoom(svgRef: RefObject<SVGSVGElement | null>, size: Size = MAP_SIZE) {
  const [zoom, setZoom] = useState<Zoom>(IDENTITY);
  const drag = useRef<{ x: number; y: number } | null>(null);
  const sizeRef = useRef(size);
  const { width, height } = size;
  // A new size (the window resized): the whole theatre again, drawn for the new frame.
  useEffect(() => {
    sizeRef.current = { width, height };
    setZoom(IDENTITY);
  }, [width, height]);

  const zoomIn = useCallback(() => setZoom((z) => zoomAt(z, 1.5, mid(sizeRef.current), sizeRef.current)), []);
  const zoomOut = useCallback(
    () => setZoom((z) => zoomAt(z, 1 / 1.5, mid(sizeRef.current), sizeRef.current)),
    [],
  );
  const reset = useCallback(() => setZoom(IDENTITY), []);

  const onKeyDown = useCallback((e: KeyboardEvent<SVGSVGElement>) => {
    const move: Record<string, [number, number]> = {
      ArrowLeft: [STEP, 0],
      ArrowRight: [-STEP, 0],
      ArrowUp: [0, STEP],
      ArrowDown: [0, -STEP],
    };
    const m = move[e.key];
    const s = sizeRef.current;
    if (m) setZoom((z) => panBy(z, m[0], m[1], s));
    else if (e.key === '+' || e.key === '=') setZoom((z) => zoomAt(z, 1.5, mid(s), s));
    else if (e.key === '-' || e.key === '_') setZoom((z) => zoomAt(z, 1 / 1.5, mid(s), s));
    else if (e.key === '0') setZoom(IDENTITY);
    else return;
    e.preventDefault();
  }, []);

  // Not a React handler: React's wheel listeners are passive and cannot stop the page scrolling.
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      const at = toDrawing(svg, sizeRef.current, e.clientX, e.clientY);
      setZoom((z) => zoomAt(z, e.deltaY < 0 ? 1.25 : 1 / 1.25, at, sizeRef.current));
    };
    svg.addEventListener('wheel', onWheel, { passive: false });
    return () => svg.removeEventListener('wheel', onWheel);
  }, [svgRef]);

  const onPointerDown = useCallback((e: PointerEvent<SVGSVGElement>) => {
    if (e.button !== 0 || (e.target as Element).closest?.('[role="button"]')) return;
    drag.current = { x: e.clientX, y: e.clientY };
    e.currentTarget.setPointerCapture?.(e.pointerId);
  }, []);
  const onPointerMove = useCallback((e: PointerEvent<SVGSVGElement>) => {
    const from = drag.current;
    if (!from) return;
    const s = sizeRef.current;
    const { sx, sy } = toDrawing(e.currentTarget, s, e.clientX, e.clientY);
    drag.current = { x: e.clientX, y: e.clientY };
    setZoom((z) => panBy(z, (e.clientX - from.x) * sx, (e.clientY - from.y) * sy, s));
  }, []);
  const onPointerUp = useCallback(() => {
    drag.current = null;
  }, []);

  return {
    zoom,
    zoomIn,
    zoomOut,
    reset,
    handlers: { onKeyDown, onPointerDown, onPointerMove, onPointerUp, onPointerCancel: onPointerUp },
  };
}
