// Who still owes moves in the decision phase, by seat name.
import type { ExerciseView } from '@council/shared';
import { useT } from '../../i18n';
import { tx } from '../../i18n/scenarioText';

export function WaitingOn({ view }: { readonly view: ExerciseView }) {
  const t = useT();
  const { clock, waitingOn } = view;
  const deciding = clock.phase === 'decision' && clock.status !== 'ended' && clock.status !== 'lobby';
  const names = waitingOn.map((id) => view.seats.find((s) => s.id === id)?.label ?? id);
  return (
    <div className="status-item waiting-on" data-testid="waiting-on" data-count={waitingOn.length}>
      <span className="status-item__label">{t('status.waitingOn')}</span>
      {!deciding ? (
        <span className="waiting-on__none">{t('status.waitingOnLater')}</span>
      ) : names.length === 0 ? (
        <span className="waiting-on__none">{t('status.waitingOnNobody')}</span>
      ) : (
        <ul className="waiting-on__list" aria-label={t('status.waitingOnCount', { count: names.length })}>
          {names.map((name, i) => (
            <li key={waitingOn[i]} data-testid={`waiting-${waitingOn[i]}`}>
              {tx(name)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
