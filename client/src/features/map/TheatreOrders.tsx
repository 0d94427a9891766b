// Orders about the theatre, as the server's menu offers them: interdiction of the corridor (Red),
// nuclear signals (SACEUR with the NPG's decision, Red), the United States' consent (US delegation).
import { useT, type Translate } from '../../i18n';
import type { OrderContext } from './orders';
import { placeName } from './unitText';
import type { ForceOrderMenu, ForcesCommand } from './types';

type TheatreItem = ForceOrderMenu['theatre'][number];
/** Control's own levers (the ladder, Red's control) live in Control's console. */
const SHOWN = new Set(['interdictRoute', 'signalNuclear', 'grantUsConsent']);

export const theatreKey = (c: ForcesCommand): string =>
  c.type === 'interdictRoute'
    ? c.legId
    : c.type === 'signalNuclear'
      ? c.signal
      : c.type === 'grantUsConsent'
        ? `usConsent-${c.granted}`
        : c.type;

function labelOf(t: Translate, ctx: OrderContext, c: ForcesCommand): string {
  switch (c.type) {
    case 'interdictRoute': {
      const leg = ctx.view.legs.find((l) => l.id === c.legId);
      const ends = leg
        ? { from: placeName(ctx.view, leg.from), to: placeName(ctx.view, leg.to) }
        : { from: c.legId, to: '' };
      return `${t('map.cp.interdictLeg', { ...ends, hours: c.hours })}${leg ? ` (${t(`map.mode.${leg.mode}`)})` : ''}`;
    }
    case 'signalNuclear':
      return t(`map.signal.${c.signal}`);
    case 'grantUsConsent':
      return t(c.granted ? 'map.cp.grantUsConsent' : 'map.cp.withdrawUsConsent');
    default:
      return c.type;
  }
}

interface Props {
  readonly ctx: OrderContext;
  readonly send: (command: ForcesCommand) => void;
  readonly busy: boolean;
}

export function TheatreOrders({ ctx, send, busy }: Props) {
  const t = useT();
  const menu = ctx.menu;
  if (!menu) return null;
  const items = menu.theatre.filter(
    (i: TheatreItem) => SHOWN.has(i.type) && i.code !== 'NOT_YOUR_UNIT' && i.code !== 'ALREADY_DONE',
  );
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="map-theatre-title">
      <h4 id="map-theatre-title">{t('map.cp.theatre')}</h4>
      <ul className="map-orders">
        {items.map((item) => {
          const key = theatreKey(item.command);
          const open = item.allowed && menu.open;
          const reasonId = `map-reason-${key}-${item.type}`;
          const reason = open ? null : !menu.open ? t('map.reason.phaseClosed') : item.reason;
          return (
            <li key={`${item.type}-${key}`} className="map-orders__item">
              <button
                type="button"
                className="button button--small"
                data-testid={`order-${key}-${item.type}`}
                disabled={!open || busy}
                aria-describedby={reason ? reasonId : undefined}
                onClick={() => send(item.command)}
              >
                {labelOf(t, ctx, item.command)}
              </button>
              {reason && (
                <span
                  id={reasonId}
                  className="map-orders__reason"
                  data-testid={`order-reason-${key}-${item.type}`}
                >
                  {reason}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
