// One unit's orders: each open, or closed with the reason; the destination and its predicted arrival.
import { useMemo, useState } from 'react';
import { useT } from '../../i18n';
import { unitOrders, type OrderContext, type OrderOption } from './orders';
import { CurrentOrder, Prediction } from './Prediction';
import { splitTheatre } from './geo';
import type { ForcesCommand, UnitView } from './types';

interface Props {
  readonly ctx: OrderContext;
  readonly unit: UnitView;
  readonly send: (command: ForcesCommand) => void;
  readonly busy: boolean;
  readonly label: (hour: number) => string;
}

export function OrderCard({ ctx, unit, send, busy, label }: Props) {
  const t = useT();
  const [destination, setDestination] = useState('');
  const options = unitOrders(ctx, unit, destination || null);
  const entry = ctx.menu?.units.find((u) => u.unitId === unit.id);
  const offered = useMemo(() => (entry ? [...entry.deployTo, ...entry.moveTo] : null), [entry]);
  const places = useMemo(() => {
    // The places the rules would send this unit to now; all the theatre's when none (to see why not).
    const ids = new Set(offered ?? []);
    const { theatre } = splitTheatre(ctx.view.places);
    const list = ids.size ? ctx.view.places.filter((p) => ids.has(p.id)) : theatre;
    const byCountry = new Map<string, typeof theatre>();
    for (const p of [...list].sort((a, b) => a.name.localeCompare(b.name)))
      byCountry.set(p.country, [...(byCountry.get(p.country) ?? []), p]);
    return [...byCountry.entries()].sort((a, b) => a[0].localeCompare(b[0]));
  }, [ctx.view.places, offered]);
  const moves =
    unit.location.kind === 'at' && options.some((o) => o.type === 'moveUnit' || o.type === 'deployUnit');
  const selectId = `map-dest-${unit.id}`;
  return (
    <article
      className="map-order-card"
      aria-labelledby={`map-order-title-${unit.id}`}
      data-testid={`order-card-${unit.id}`}
    >
      <h4 id={`map-order-title-${unit.id}`}>{t('map.cp.ordersFor', { unit: unit.name })}</h4>
      <CurrentOrder ctx={ctx} unit={unit} label={label} />
      {moves && (
        <div className="field">
          <label htmlFor={selectId}>{t('map.cp.destination')}</label>
          <select
            id={selectId}
            className="input"
            data-testid={`order-destination-${unit.id}`}
            value={destination}
            onChange={(e) => setDestination(e.target.value)}
          >
            <option value="">{t('map.cp.chooseDestination')}</option>
            {places.map(([country, ps]) => (
              <optgroup key={country} label={country}>
                {ps.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
          {destination && <Prediction ctx={ctx} unit={unit} destination={destination} label={label} />}
        </div>
      )}
      <ul className="map-orders">
        {options.map((o) => (
          <OrderButton key={o.type} unit={unit} option={o} busy={busy} send={send} />
        ))}
      </ul>
    </article>
  );
}

function OrderButton({
  unit,
  option,
  busy,
  send,
}: {
  unit: UnitView;
  option: OrderOption;
  busy: boolean;
  send: (c: ForcesCommand) => void;
}) {
  const t = useT();
  const reasonId = `map-reason-${unit.id}-${option.type}`;
  return (
    <li className="map-orders__item">
      <button
        type="button"
        className="button button--small"
        data-testid={`order-${unit.id}-${option.type}`}
        disabled={option.command === null || busy}
        aria-describedby={option.reason ? reasonId : undefined}
        onClick={() => option.command && send(option.command)}
      >
        {t(`map.order.${option.type}`)}
      </button>
      {option.reason && (
        <span
          id={reasonId}
          className="map-orders__reason"
          data-testid={`order-reason-${unit.id}-${option.type}`}
        >
          {t(`map.reason.${option.reason.key}`, option.reason.params)}
        </span>
      )}
    </li>
  );
}
