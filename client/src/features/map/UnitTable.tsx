// The map as a table: every unit shown, where it is and where it is going (for screen readers and print).
import { useT } from '../../i18n';
import type { Schedule, Spot } from './schedule';
import { placeName, strengthText, whereText } from './unitText';
import type { ForcesView } from './types';
import { tx } from '../../i18n/scenarioText';

interface Props {
  readonly forces: ForcesView;
  readonly schedules: ReadonlyMap<string, Schedule>;
  readonly spots: ReadonlyMap<string, Spot>;
  readonly atHour: number;
  readonly label: (hour: number) => string;
}

export function UnitTable({ forces, schedules, spots, atHour, label }: Props) {
  const t = useT();
  const none = t('map.table.none');
  return (
    <details className="map-table" data-testid="unit-table">
      <summary>{t('map.table.show')}</summary>
      <div className="map-table__scroll">
        <table className="table">
          <caption>{t('map.table.caption', { time: label(atHour) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('map.table.unit')}</th>
              <th scope="col">{t('map.table.side')}</th>
              <th scope="col">{t('map.table.strength')}</th>
              <th scope="col">{t('map.table.readiness')}</th>
              <th scope="col">{t('map.table.authority')}</th>
              <th scope="col">{t('map.table.location')}</th>
              <th scope="col">{t('map.table.destination')}</th>
              <th scope="col">{t('map.table.arrives')}</th>
            </tr>
          </thead>
          <tbody>
            {forces.units.map((u) => {
              const s = schedules.get(u.id);
              const spot = spots.get(u.id);
              const going = s && s.arrivesAt !== null && s.arrivesAt > atHour;
              return (
                <tr key={u.id} data-testid={`unit-row-${u.id}`}>
                  <th scope="row">{tx(u.name)}</th>
                  <td>{t(`map.side.${u.side}`)}</td>
                  <td>{strengthText(t, u)}</td>
                  <td>{t(`map.readiness.${u.readiness}`)}</td>
                  <td>{u.authority ? t(`map.authority.${u.authority}`) : none}</td>
                  <td>{spot ? whereText(t, forces, spot) : none}</td>
                  <td>{going && s.destination ? placeName(forces, s.destination) : none}</td>
                  <td>{going ? label(s.arrivesAt!) : none}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </details>
  );
}
