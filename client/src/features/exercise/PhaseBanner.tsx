// The phase of the turn in big letters, with the whole turn as a track (current step marked).
import type { ClockView, Phase } from '@council/shared';
import { useT, type MessageKey } from '../../i18n';

const TRACK: readonly Phase[] = ['situation', 'consultation', 'decision', 'adjudication', 'hotwash'];

function headline(clock: ClockView): MessageKey {
  if (clock.status === 'lobby') return 'phase.notStarted';
  if (clock.status === 'ended') return 'phase.ended';
  return clock.phase ? (`phase.${clock.phase}` as MessageKey) : 'phase.notStarted';
}

export function PhaseBanner({ clock }: { readonly clock: ClockView }) {
  const t = useT();
  const track = TRACK.filter((p) => p !== 'hotwash' || clock.hotwash || clock.phase === 'hotwash');
  const live = clock.status === 'running' || clock.status === 'paused';
  return (
    <div
      className={`status-item phase-banner phase-banner--${clock.status}`}
      data-testid="phase-banner"
      data-phase={clock.phase ?? ''}
      data-status={clock.status}
    >
      <span className="status-item__label">{t('status.phase')}</span>
      <span className="phase-banner__name">{t(headline(clock))}</span>
      {clock.status === 'paused' && (
        <span className="phase-banner__paused" data-testid="paused-badge">
          <span aria-hidden="true">❚❚ </span>
          {t('status.paused')}
        </span>
      )}
      {live && (
        <ol className="phase-track" aria-label={t('status.turnPhases')}>
          {track.map((p) => (
            <li
              key={p}
              className={
                p === clock.phase ? 'phase-track__step phase-track__step--current' : 'phase-track__step'
              }
              aria-current={p === clock.phase ? 'step' : undefined}
            >
              {t(`phase.${p}` as MessageKey)}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
