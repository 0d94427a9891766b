// Always in view during the exercise: phase, session timer, game clock, who is awaited, submit.
import type { ExerciseView } from '@council/shared';
import { useT } from '../../i18n';
import { GameClock } from './GameClock';
import { PhaseBanner } from './PhaseBanner';
import { SessionTimer } from './SessionTimer';
import { SubmitMoves } from './SubmitMoves';
import { WaitingOn } from './WaitingOn';

export function StatusBar({ view }: { readonly view: ExerciseView }) {
  const t = useT();
  return (
    <section className="status-bar" aria-label={t('status.label')} data-testid="status-bar">
      <PhaseBanner clock={view.clock} />
      <SessionTimer clock={view.clock} />
      <GameClock clock={view.clock} />
      <WaitingOn view={view} />
      <SubmitMoves view={view} />
    </section>
  );
}
