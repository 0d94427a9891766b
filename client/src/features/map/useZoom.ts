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
import { IDENTITY, MAP_SIZE, panBy, zoomAt, type Zoom } from './layout';

const STEP = 60;
const centre = { x: MAP_SIZE.width / 2, y: MAP_SIZE.height / 2 };

/** Converts a pointer position to drawing units of an SVG scaled to fit its box. */
function toDrawing(svg: SVGSVGElement, clientX: number, clientY: number) {
  const r = svg.getBoundingClientRect();
  const sx = r.width ? MAP_SIZE.width / r.width : 1;
  const sy = r.height ? MAP_SIZE.height / r.height : 1;
  return { x: (clientX - r.left) * sx, y: (clientY - r.top) * sy, sx, sy };
}

export function useZoom(svgRef: RefObject<SVGSVGElement | null>) {
  const [zoom, setZoom] = useState<Zoom>(IDENTITY);
  const drag = useRef<{ x: number; y: number } | null>(null);

  const zoomIn = useCallback(() => setZoom((z) => zoomAt(z, 1.5, centre)), []);
  const zoomOut = useCallback(() => setZoom((z) => zoomAt(z, 1 / 1.5, centre)), []);
  const reset = useCallback(() => setZoom(IDENTITY), []);

  const onKeyDown = useCallback((e: KeyboardEvent<SVGSVGElement>) => {
    const move: Record<string, [number, number]> = {
      ArrowLeft: [STEP, 0],
      ArrowRight: [-STEP, 0],
      ArrowUp: [0, STEP],
      ArrowDown: [0, -STEP],
    };
    const m = move[e.key];
    if (m) setZoom((z) => panBy(z, m[0], m[1]));
    else if (e.key === '+' || e.key === '=') setZoom((z) => zoomAt(z, 1.5, centre));
    else if (e.key === '-' || e.key === '_') setZoom((z) => zoomAt(z, 1 / 1.5, centre));
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
      const at = toDrawing(svg, e.clientX, e.clientY);
      setZoom((z) => zoomAt(z, e.deltaY < 0 ? 1.25 : 1 / 1.25, at));
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
    const { sx, sy } = toDrawing(e.currentTarget, e.clientX, e.clientY);
    drag.current = { x: e.clientX, y: e.clientY };
    setZoom((z) => panBy(z, (e.clientX - from.x) * sx, (e.clientY - from.y) * sy));
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
