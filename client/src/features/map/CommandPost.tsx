// The command post: the seat's own forces, and the orders it may give the selected one.
import { useErrorText, useT } from '../../i18n';
import { OrderCard } from './OrderCard';
import type { OrderContext } from './orders';
import { TheatreOrders } from './TheatreOrders';
import type { OrderMenuState } from './useOrderMenu';
import { placeName } from './unitText';
import type { ForcesCommand, UnitView } from './types';
import { tx } from '../../i18n/scenarioText';

interface Props {
  readonly ctx: OrderContext;
  /** The server's menu as asked for (useOrderMenu): orders wait for its first answer. */
  readonly menu: OrderMenuState;
  readonly selected: string | null;
  readonly onSelect: (unitId: string) => void;
  /** The destination chosen on the selected unit's order card (its arrival is asked of the server). */
  readonly destination: string | null;
  readonly onDestination: (placeId: string | null) => void;
  readonly send: (command: ForcesCommand) => void;
  /** Why the last order was not sent (the schema refused it), or null. */
  readonly problem?: string | null;
  readonly busy: boolean;
  readonly label: (hour: number) => string;
}

function where(ctx: OrderContext, u: UnitView): string {
  const l = u.location;
  return l.kind === 'at'
    ? placeName(ctx.view, l.placeId)
    : `${placeName(ctx.view, l.from)} → ${placeName(ctx.view, l.to)}`;
}

export function CommandPost({
  ctx,
  menu,
  selected,
  onSelect,
  destination,
  onDestination,
  send,
  problem = null,
  busy,
  label,
}: Props) {
  const t = useT();
  const errorText = useErrorText();
  // The seat's units are the ones its menu lists: those it commands, or could with more authority.
  const listed = new Set(ctx.menu?.units.map((u) => u.unitId));
  const own = ctx.view.units.filter((u) => listed.has(u.id));
  const chosen = own.find((u) => u.id === selected) ?? null;
  const refusal = menu.error && (
    <p className="hint" role="status" data-testid="order-menu-error">
      {errorText(menu.error)}
    </p>
  );
  return (
    <section className="map-cp" data-testid="command-post" aria-labelledby="map-cp-title">
      <h3 id="map-cp-title">{t('map.cp.title')}</h3>
      {menu.menu === undefined ? (
        // Until the server's first answer: no orders the rules might refuse, just a quiet wait.
        (refusal ?? (
          <p className="hint" aria-busy="true" data-testid="order-menu-loading">
            {t('map.cp.loadingOrders')}
          </p>
        ))
      ) : (
        <>
          {refusal}
          {chosen ? (
            <OrderCard
              key={chosen.id}
              ctx={ctx}
              unit={chosen}
              destination={destination ?? ''}
              onDestination={(d) => onDestination(d || null)}
              send={send}
              problem={problem}
              busy={busy}
              label={label}
            />
          ) : (
            own.length > 0 && <p className="hint">{t('map.cp.pickUnit')}</p>
          )}
          <TheatreOrders ctx={ctx} send={send} busy={busy} />
        </>
      )}
      <h4>{t('map.cp.yourUnits')}</h4>
      {own.length === 0 ? (
        <p className="hint">{t('map.cp.noUnits')}</p>
      ) : (
        <div
          className="map-table__scroll map-scroll"
          tabIndex={0}
          role="region"
          aria-label={t('map.cp.yourUnits')}
        >
          <table className="map-cp__units">
            <thead>
              <tr>
                <th scope="col">{t('map.table.unit')}</th>
                <th scope="col">{t('map.table.readiness')}</th>
                <th scope="col">{t('map.table.location')}</th>
                <th scope="col">{t('map.table.authority')}</th>
              </tr>
            </thead>
            <tbody>
              {own.map((u) => (
                <tr key={u.id} className={u.id === selected ? 'map-cp__row--selected' : undefined}>
                  <th scope="row">
                    <button
                      type="button"
                      className="map-cp__select"
                      data-testid={`cp-unit-${u.id}`}
                      aria-pressed={u.id === selected}
                      onClick={() => onSelect(u.id)}
                    >
                      {tx(u.name)}
                    </button>
                  </th>
                  <td>{t(`map.readiness.${u.readiness}`)}</td>
                  <td>{where(ctx, u)}</td>
                  <td>{u.authority ? t(`map.authority.${u.authority}`) : t('map.table.none')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
