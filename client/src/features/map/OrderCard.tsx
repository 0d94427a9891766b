// One unit's orders: each open, or closed with the rules' reason; the destination and its arrival.
import { useMemo } from 'react';
import { FORCES_ERROR_CODES } from '@council/shared';
import { useT, type Translate } from '../../i18n';
import { menuEntry, unitOrders, type OrderContext, type OrderOption, type OrderReason } from './orders';
import { CurrentOrder, Prediction } from './Prediction';
import { splitTheatre } from './geo';
import { placeName } from './unitText';
import type { ForcesCommand, ForcesView, UnitView } from './types';
import { tx } from '../../i18n/scenarioText';
import { FormProblem } from '../../components/checkedSend';

interface Props {
  readonly ctx: OrderContext;
  readonly unit: UnitView;
  /** The destination chosen ('' for none), kept by the panel: its arrival is asked of the server. */
  readonly destination: string;
  readonly onDestination: (placeId: string) => void;
  readonly send: (command: ForcesCommand) => void;
  /** Why the last order was not sent (the schema refused it), or null. */
  readonly problem?: string | null;
  readonly busy: boolean;
  readonly label: (hour: number) => string;
}

/** A refusal in the reader's language: the rules' code worded by the client, then their message. */
export function reasonText(t: Translate, view: ForcesView, reason: OrderReason): string {
  switch (reason.kind) {
    case 'chooseDestination':
      return t('map.reason.chooseDestination');
    case 'notOffered':
      return t('map.reason.notOffered', { place: placeName(view, reason.destination) });
    case 'phaseClosed':
      return t('map.reason.phaseClosed');
    case 'rules': {
      const forces = FORCES_ERROR_CODES as readonly string[];
      const code =
        reason.code && forces.includes(reason.code)
          ? t(`map.code.${reason.code as (typeof FORCES_ERROR_CODES)[number]}`)
          : '';
      return [code, reason.message].filter(Boolean).join(' — ');
    }
  }
}

export function OrderCard({
  ctx,
  unit,
  destination,
  onDestination,
  send,
  problem = null,
  busy,
  label,
}: Props) {
  const t = useT();
  const options = unitOrders(ctx, unit, destination || null);
  const entry = menuEntry(ctx, unit.id);
  const offered = useMemo(() => (entry ? [...entry.deployTo, ...entry.moveTo] : null), [entry]);
  const places = useMemo(() => {
    // The places the rules would send this unit to now; all the theatre's when none (to see why not).
    const ids = new Set(offered ?? []);
    const { theatre } = splitTheatre(ctx.view.places);
    const list = ids.size ? ctx.view.places.filter((p) => ids.has(p.id)) : theatre;
    const byCountry = new Map<string, typeof theatre>();
    for (const p of [...list].sort((a, b) => tx(a.name).localeCompare(tx(b.name))))
      byCountry.set(p.country, [...(byCountry.get(p.country) ?? []), p]);
    return [...byCountry.entries()].sort((a, b) => a[0].localeCompare(b[0]));
  }, [ctx.view.places, offered]);
  const moves =
    unit.location.kind === 'at' && options.some((o) => o.type === 'moveUnit' || o.type === 'deployUnit');
  const selectId = `map-dest-${unit.id}`;
  const stage = options.find((o) => o.type === 'stageUnit' && o.command);
  return (
    <article
      className="map-order-card"
      aria-labelledby={`map-order-title-${unit.id}`}
      data-testid={`order-card-${unit.id}`}
    >
      <h4 id={`map-order-title-${unit.id}`}>{t('map.cp.ordersFor', { unit: tx(unit.name) })}</h4>
      <CurrentOrder view={ctx.view} unit={unit} label={label} />
      {moves && (
        <div className="field">
          <label htmlFor={selectId}>{t('map.cp.destination')}</label>
          <select
            id={selectId}
            className="input"
            data-testid={`order-destination-${unit.id}`}
            value={destination}
            onChange={(e) => onDestination(e.target.value)}
          >
            <option value="">{t('map.cp.chooseDestination')}</option>
            {places.map(([country, ps]) => (
              <optgroup key={country} label={country}>
                {ps.map((p) => (
                  <option key={p.id} value={p.id}>
                    {tx(p.name)}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
          {destination && offered?.includes(destination) && (
            <Prediction
              unitId={unit.id}
              now={ctx.view.hour}
              arrivesAt={arrivalFor(ctx, unit.id, destination)}
              label={label}
            />
          )}
        </div>
      )}
      {stage && unit.stagingPlace && (
        <Prediction
          unitId={`${unit.id}-stage`}
          now={ctx.view.hour}
          arrivesAt={arrivalFor(ctx, unit.id, unit.stagingPlace, 'stageUnit')}
          label={label}
        />
      )}
      <ul className="map-orders">
        {options.map((o) => (
          <OrderButton key={o.type} view={ctx.view} unit={unit} option={o} busy={busy} send={send} />
        ))}
      </ul>
      <FormProblem id={`order-problem-${unit.id}`} problem={problem} />
    </article>
  );
}

/** The server's arrival for the order to this destination: undefined while not yet asked. */
function arrivalFor(
  ctx: OrderContext,
  unitId: string,
  destination: string,
  only?: 'stageUnit',
): number | null | undefined {
  const arrivals = menuEntry(ctx, unitId)?.arrivals;
  if (!arrivals) return undefined;
  const found = arrivals.find((a) => a.destination === destination && (!only || a.type === only));
  return found ? found.arrivesAt : null;
}

function OrderButton({
  view,
  unit,
  option,
  busy,
  send,
}: {
  view: ForcesView;
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
          {reasonText(t, view, option.reason)}
        </span>
      )}
    </li>
  );
}
