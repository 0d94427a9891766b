// For a party that walked out: it is out, by when it must return (if required), and the way back.
import type { ExerciseView } from '@council/shared';
import { gameTimeLabel } from '../../format/time';
import { useT } from '../../i18n';
import { selectIsLive, selectPending, selectSend, useStore } from '../../store';

interface Props {
  readonly view: ExerciseView;
  readonly returnBy: string | null;
  /** The talks sit and have not collapsed. */
  readonly mayReturn: boolean;
}

export function ReturnBanner({ view, returnBy, mayReturn }: Props) {
  const t = useT();
  const live = useStore(selectIsLive);
  const pending = useStore(selectPending);
  const send = useStore(selectSend);
  return (
    <div className="banner banner--warning return-banner" data-testid="you-walked-out">
      <p>
        {t('negotiation.youWalkedOut')}
        {returnBy && ` ${t('negotiation.youMustReturn', { time: gameTimeLabel(view.clock, returnBy) })}`}
      </p>
      {mayReturn && (
        <button
          type="button"
          className="button button--small"
          data-testid="return-to-talks"
          disabled={!live || pending}
          onClick={() => void send({ type: 'returnToTalks' })}
        >
          {t('negotiation.return')}
        </button>
      )}
    </div>
  );
}
