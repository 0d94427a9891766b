// The map at the scrubbed moment: the forces as the viewer saw them then, read-only. Loaded lazily
// with the map module (world atlas, d3-geo, milsymbol), like the live map.
import { useMemo, useState } from 'react';
import type { ForcesPicture } from '@council/shared';
import { MapView } from '../map/MapView';
import { projectAt, schedulesOf } from '../map/schedule';
import { hourLabeller } from '../map/time';
import '../map/map.css';
import '../map/mapSvg.css';
import '../map/units.css';

export function ReviewMap({ forces }: { readonly forces: ForcesPicture }) {
  const [selected, setSelected] = useState<string | null>(null);
  const schedules = useMemo(() => schedulesOf(forces), [forces]);
  const spots = useMemo(() => projectAt(forces, forces.hour, schedules), [forces, schedules]);
  const label = useMemo(() => hourLabeller(forces.startsAt), [forces.startsAt]);
  return (
    <div className="review__map" data-testid="review-map">
      <MapView
        forces={forces}
        schedules={schedules}
        spots={spots}
        atHour={forces.hour}
        label={label}
        selected={selected}
        onSelect={setSelected}
      />
    </div>
  );
}
