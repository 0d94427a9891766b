// The map's picture as tables: each sector with its shift and zone, each unit with its status and ETA.
import type { CeasefireMapView } from '@council/shared';
import { useT } from '../../i18n';
import { shiftText } from './front';
import { tx } from '../../i18n/scenarioText';

interface Props {
  readonly map: CeasefireMapView;
  readonly shifts: Readonly<Record<string, number>>;
  readonly timeLabel: (iso: string) => string;
}

export function SectorTable({ map, shifts }: Omit<Props, 'timeLabel'>) {
  const t = useT();
  const zone = (sectorId: string) => {
    const dmz = map.dmz;
    if (!dmz || dmz.km === 0 || !dmz.sectors.includes(sectorId)) return t('ceasefireMap.dmzNone');
    return t(dmz.signed ? 'ceasefireMap.dmzSigned' : 'ceasefireMap.dmzDrafted', { km: dmz.km });
  };
  return (
    <table className="ceasefire-table" data-testid="sector-table">
      <caption>{t('ceasefireMap.sectors', { asOf: tx(map.asOf) })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('ceasefireMap.col.sector')}</th>
          <th scope="col">{t('ceasefireMap.col.shift')}</th>
          <th scope="col">{t('ceasefireMap.col.dmz')}</th>
        </tr>
      </thead>
      <tbody>
        {map.sectors.map((s) => (
          <tr key={s.id} data-testid={`sector-row-${s.id}`}>
            <th scope="row">{tx(s.name)}</th>
            <td>{t('ceasefireMap.km', { km: shiftText(shifts[s.id] ?? 0) })}</td>
            <td>{zone(s.id)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ForceTable({ map, timeLabel }: Omit<Props, 'shifts'>) {
  const t = useT();
  const force = map.reassurance;
  if (!force) return null;
  const note = !force.signedAt
    ? t('ceasefireMap.force.beforeSignature')
    : force.units.length === 0
      ? t('ceasefireMap.force.none')
      : t('ceasefireMap.force.total', {
          troops: force.troops.toLocaleString('en'),
          units: force.units.length,
          time: timeLabel(force.signedAt),
        });
  return (
    <section className="ceasefire-force" aria-labelledby="ceasefire-force-title" data-testid="force-table">
      <h3 id="ceasefire-force-title">{t('ceasefireMap.force')}</h3>
      <p className="hint" data-testid="force-note">
        {note}
      </p>
      {force.units.length > 0 && (
        <table className="ceasefire-table">
          <thead>
            <tr>
              <th scope="col">{t('ceasefireMap.col.unit')}</th>
              <th scope="col">{t('ceasefireMap.col.troops')}</th>
              <th scope="col">{t('ceasefireMap.col.route')}</th>
              <th scope="col">{t('ceasefireMap.col.status')}</th>
              <th scope="col">{t('ceasefireMap.col.readyAt')}</th>
              <th scope="col">{t('ceasefireMap.col.arrivesAt')}</th>
            </tr>
          </thead>
          <tbody>
            {force.units.map((u) => (
              <tr key={u.id} data-testid={`force-row-${u.id}`}>
                <th scope="row">{tx(u.name)}</th>
                <td>{u.troops.toLocaleString('en')}</td>
                <td>{t('ceasefireMap.route', { from: tx(u.from.name), to: tx(u.to.name) })}</td>
                <td data-testid={`force-status-${u.id}`}>{t(`ceasefireMap.status.${u.status}`)}</td>
                <td>{timeLabel(u.readyAt)}</td>
                <td>{timeLabel(u.arrivesAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
