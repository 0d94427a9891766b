// Words about a unit, shared by the map, the table and the command post.
import type { Translate } from '../../i18n';
import type { Spot } from './schedule';
import type { ForcesView, UnitView } from './types';
import { tx } from '../../i18n/scenarioText';

export const placeName = (forces: ForcesView, id: string): string =>
  tx(forces.places.find((p) => p.id === id)?.name) || id;

export const strengthText = (t: Translate, u: UnitView): string =>
  u.estimated ? t('map.strengthEstimated', { value: u.strength }) : t('map.strength', { value: u.strength });

export const strengthShort = (u: UnitView): string => `${u.estimated ? '≈' : ''}${Math.round(u.strength)}%`;

export const whereText = (t: Translate, forces: ForcesView, spot: Spot): string =>
  spot.kind === 'at'
    ? t('map.at', { place: placeName(forces, spot.placeId) })
    : t('map.between', { from: placeName(forces, spot.from), to: placeName(forces, spot.to) });

export const unitLabel = (t: Translate, forces: ForcesView, u: UnitView, spot: Spot): string =>
  t('map.unitLabel', {
    name: tx(u.name),
    side: t(`map.side.${u.side}`),
    strength: strengthText(t, u),
    readiness: t(`map.readiness.${u.readiness}`),
    where: whereText(t, forces, spot),
  });
