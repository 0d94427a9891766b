// The front beside the talks: each sector's shift since the talks opened, whether the signed deal
// froze it, the attacker's leverage at the table, and how breaches strain or reopened the deal.
import type { ExerciseView, NegotiationView } from '@council/shared';
import { useT } from '../../i18n';
import { partyName, percent } from './names';
import { tx } from '../../i18n/scenarioText';

interface Props {
  readonly view: ExerciseView;
  readonly talks: NegotiationView;
}

const km = (x: number): string => (Math.round(Math.abs(x) * 10) / 10).toString();

export function FrontPanel({ view, talks }: Props) {
  const t = useT();
  const front = talks.front;
  if (!front) return null;
  const reopened = talks.reopenings.at(-1);
  const strain = talks.implementation;
  const shiftText = (shift: number): string =>
    Math.abs(shift) < 0.05
      ? t('world.front.unchanged')
      : shift > 0
        ? t('world.front.advanced', { name: partyName(view, front.attacker), km: km(shift) })
        : t('world.front.pushedBack', { name: partyName(view, front.attacker), km: km(shift) });
  return (
    <section className="card world-front" aria-labelledby="world-front-title" data-testid="world-front">
      <h3 id="world-front-title">{t('world.front')}</h3>
      <p data-testid="world-front-state" data-frozen={front.frozen}>
        {t(front.frozen ? 'world.front.frozen' : 'world.front.fighting')}
      </p>
      <table className="world-table">
        <thead>
          <tr>
            <th scope="col">{t('world.front.sector')}</th>
            <th scope="col">{t('world.front.shift')}</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(front.sectors).map(([id, sector]) => (
            <tr key={id} data-testid={`front-sector-${id}`} data-shift={sector.shiftKm}>
              <th scope="row">{tx(sector.label)}</th>
              <td>{shiftText(sector.shiftKm)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="currents__item" data-testid="world-leverage" data-level={front.leverage.level}>
        <label htmlFor="world-leverage-meter" className="currents__label">
          {tx(front.leverage.label)}
        </label>
        <meter
          id="world-leverage-meter"
          min={0}
          max={1}
          value={front.leverage.level}
          className="currents__meter"
        />
        <span className="currents__value">
          {t('world.leverage.value', {
            percent: percent(front.leverage.level),
            start: percent(front.leverage.start),
          })}
        </span>
      </div>
      {strain && (
        <p data-testid="world-strain">
          {strain.reopenAfter === null
            ? t('world.strain.noLimit', { count: strain.seriousBreaches })
            : t('world.strain', { count: strain.seriousBreaches, limit: strain.reopenAfter })}
        </p>
      )}
      {reopened && !talks.signedAt && (
        <p className="world-front__reopened" role="status" data-testid="world-reopened">
          {t('world.reopened', { turn: reopened.turn })}
        </p>
      )}
    </section>
  );
}
