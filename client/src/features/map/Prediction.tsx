// The arrival of an order before it is sent, as the server worked it out (the decision-to-deployment
// figure), and what a unit is doing now.
import { useT, type Translate } from '../../i18n';
import { spanParts } from './time';
import { placeName } from './unitText';
import type { ForcesUnitView, ForcesView, UnitView } from './types';

export const spanText = (t: Translate, hours: number): string => {
  const s = spanParts(hours);
  return s.days ? t('map.span.days', s) : t('map.span.hours', s);
};

interface Props {
  readonly unitId: string;
  readonly now: number;
  /** The server's expected arrival: undefined while it is being asked, null when none within 60 days. */
  readonly arrivesAt: number | null | undefined;
  readonly label: (hour: number) => string;
}

export function Prediction({ unitId, now, arrivesAt, label }: Props) {
  const t = useT();
  const testId = `order-eta-${unitId}`;
  if (arrivesAt === undefined)
    return (
      <p className="map-prediction hint" data-testid={testId} aria-busy="true">
        {t('map.cp.predicting')}
      </p>
    );
  if (arrivesAt === null)
    return (
      <p className="map-prediction" data-testid={testId} aria-live="polite">
        {t('map.cp.noPrediction')}
      </p>
    );
  return (
    <p className="map-prediction" data-testid={testId} data-hours={arrivesAt - now} aria-live="polite">
      <strong>{t('map.cp.predicted', { time: label(arrivesAt), span: spanText(t, arrivesAt - now) })}</strong>
      <br />
      <span className="hint">{t('map.cp.predictedBasis')}</span>
    </p>
  );
}

/** What the unit is doing now: its order, the server's expected completion, and any wait. */
export function CurrentOrder({
  view,
  unit,
  label,
}: {
  view: ForcesView;
  unit: UnitView;
  label: (hour: number) => string;
}) {
  const t = useT();
  const order = unit.order;
  if (!order) return null;
  const eta = (unit as ForcesUnitView).eta ?? null;
  const params = {
    purpose: t(`map.purpose.${order.purpose}`),
    place: placeName(view, order.destination),
  };
  return (
    <p className="map-current-order" data-testid={`current-order-${unit.id}`}>
      {eta === null
        ? t('map.cp.currentOrderNoEta', params)
        : t('map.cp.currentOrder', { ...params, time: label(eta) })}
      {order.waitReason && order.waitUntil > view.hour && (
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
