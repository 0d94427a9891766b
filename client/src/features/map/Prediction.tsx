// The predicted arrival of a movement order before it is sent: the decision-to-deployment figure.
import { useT, type Translate } from '../../i18n';
import type { OrderContext } from './orders';
import { predictArrival } from './predict';
import { spanParts } from './time';
import { placeName } from './unitText';
import type { ForcesUnitView, UnitView } from './types';

export const spanText = (t: Translate, hours: number): string => {
  const s = spanParts(hours);
  return s.days ? t('map.span.days', s) : t('map.span.hours', s);
};

interface Props {
  readonly ctx: OrderContext;
  readonly unit: UnitView;
  readonly destination: string;
  readonly label: (hour: number) => string;
}

export function Prediction({ ctx, unit, destination, label }: Props) {
  const t = useT();
  const p = predictArrival(ctx.view, unit, destination, ctx.authority);
  if (!p)
    return (
      <p className="map-prediction" data-testid={`order-eta-${unit.id}`} aria-live="polite">
        {t('map.cp.noPrediction')}
      </p>
    );
  const parts = [t('map.cp.predictedParts', { route: spanText(t, p.route.hours) })];
  if (p.permitHours) parts.push(t('map.cp.predictedPermits', { span: spanText(t, p.permitHours) }));
  if (p.noticeHours === null) parts.push(t('map.cp.predictedNoticeUnknown'));
  else if (p.noticeHours > 0) parts.push(t('map.cp.predictedNotice', { span: spanText(t, p.noticeHours) }));
  return (
    <p
      className="map-prediction"
      data-testid={`order-eta-${unit.id}`}
      data-hours={p.hours}
      aria-live="polite"
    >
      <strong>{t('map.cp.predicted', { time: label(p.arrivesAt), span: spanText(t, p.hours) })}</strong>
      <br />
      <span className="hint">{parts.join(' · ')}</span>
    </p>
  );
}

/** What the unit is doing now: its order, the server's expected completion, and any wait. */
export function CurrentOrder({ ctx, unit, label }: Omit<Props, 'destination'>) {
  const t = useT();
  const order = unit.order;
  if (!order) return null;
  const eta = (unit as ForcesUnitView).eta ?? null;
  const params = {
    purpose: t(`map.purpose.${order.purpose}`),
    place: placeName(ctx.view, order.destination),
  };
  return (
    <p className="map-current-order" data-testid={`current-order-${unit.id}`}>
      {eta === null
        ? t('map.cp.currentOrderNoEta', params)
        : t('map.cp.currentOrder', { ...params, time: label(eta) })}
      {order.waitReason && order.waitUntil > ctx.view.hour && (
        <>
          <br />
          <span className="hint">
            {t('map.cp.waiting', { reason: t(`map.wait.${order.waitReason}`), time: label(order.waitUntil) })}
          </span>
        </>
      )}
    </p>
  );
}
