// The game clock: scenario time ("D+1 18:00"), the turn, and how far one turn moves the clock.
import type { ClockView } from '@council/shared';
import { useT } from '../../i18n';

export function GameClock({ clock }: { readonly clock: ClockView }) {
  const t = useT();
  return (
    <div className="status-item game-clock" data-testid="game-clock">
      <span className="status-item__label">{t('status.gameClock')}</span>
      <span className="game-clock__time" data-testid="game-time">
        {clock.gameTimeLabel}
      </span>
      <span className="game-clock__turn">
        {t('status.turnStep', { turn: clock.turn, hours: clock.stepHours })}
      </span>
    </div>
  );
}
