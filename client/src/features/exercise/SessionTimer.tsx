// The session clock: real time left in this phase, ticking while the exercise runs.
import type { ClockView } from '@council/shared';
import { useNow } from '../../components/useNow';
import { formatCountdown, secondsLeft } from '../../format/time';
import { useT } from '../../i18n';

export function SessionTimer({ clock }: { readonly clock: ClockView }) {
  const t = useT();
  const ticking = clock.status === 'running' && clock.phaseEndsAt !== null;
  const now = useNow(ticking);
  const left = clock.status === 'ended' ? null : secondsLeft(clock, now);
  const low = left !== null && left <= 60 && clock.status === 'running';
  return (
    <div
      className={`status-item session-timer${low ? ' session-timer--low' : ''}`}
      data-testid="session-timer"
      data-state={left === null ? 'none' : clock.status === 'paused' ? 'paused' : 'running'}
    >
      <span className="status-item__label">{t('status.sessionTimer')}</span>
      {left === null ? (
        <span className="session-timer__value session-timer__value--none">{t('status.noTimer')}</span>
      ) : (
        <span className="session-timer__value">
          {low && <span aria-hidden="true">◔ </span>}
          <span className="visually-hidden">{t('status.timeLeft')} </span>
          {formatCountdown(left)}
          {clock.status === 'paused' && (
            <span className="session-timer__paused"> {t('status.timerPaused')}</span>
          )}
        </span>
      )}
    </div>
  );
}
