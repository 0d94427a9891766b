// A map's SVG with its accessible frame, for every map that uses useZoom: the Baltic theatre and
// the ceasefire's line of contact. A title and a description name and describe it; it takes the
// focus, and its keys (useZoom's handlers) pan with the arrows, zoom with + and −, reset with 0.
import type { ReactNode, RefObject } from 'react';
import type { Size } from './geo';
import type { Zoom } from './layout';
import type { useZoom } from './useZoom';

interface Props {
  /** The SVG's test id, and the start of its title's and description's ids (`<id>-title`, `<id>-desc`). */
  readonly id: string;
  /** `group` when the drawing holds controls (the units are buttons), `img` when it is a picture. */
  readonly role: 'group' | 'img';
  readonly svgRef: RefObject<SVGSVGElement | null>;
  readonly zoom: Zoom;
  readonly handlers: ReturnType<typeof useZoom>['handlers'];
  readonly size: Size;
  readonly title: string;
  readonly desc: string;
  readonly children: ReactNode;
  /** The drawing is sized to its box in CSS pixels (the Baltic map's useMapSize). */
  readonly sized?: boolean;
}

export function MapSvg({ id, role, svgRef, zoom, handlers, size, title, desc, children, sized }: Props) {
  return (
    <svg
      ref={svgRef}
      className={sized ? 'map__svg map__svg--sized' : 'map__svg'}
      data-testid={id}
      data-zoom={zoom.k.toFixed(2)}
      viewBox={`0 0 ${size.width} ${size.height}`}
      role={role}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
      tabIndex={0}
      aria-keyshortcuts="ArrowLeft ArrowRight ArrowUp ArrowDown + - 0"
      {...handlers}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{desc}</desc>
      {children}
    </svg>
  );
}
