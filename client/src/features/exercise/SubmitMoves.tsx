// "Submit my moves" for a seat that owes them; once sent, a note that the seat's moves are in.
import { MOVING_SEAT_KINDS, type ExerciseView } from '@council/shared';
import { useT } from '../../i18n';
import { capabilities, selectIsLive, selectPending, selectSend, useStore } from '../../store';

export function SubmitMoves({ view }: { readonly view: ExerciseView }) {
  const t = useT();
  const live = useStore(selectIsLive);
  const pending = useStore(selectPending);
  const send = useStore(selectSend);
  const { seat, owesMoves } = capabilities(view);
  const moving: readonly string[] = MOVING_SEAT_KINDS;
  const deciding = view.clock.phase === 'decision' && view.clock.status === 'running';
  if (owesMoves) {
    return (
      <button
        type="button"
        className="button submit-moves"
        data-testid="submit-moves"
        disabled={!live || pending || view.clock.status !== 'running'}
        onClick={() => void send({ type: 'submitMoves' })}
      >
        {t('status.submitMoves')}
      </button>
    );
  }
  if (deciding && seat && moving.includes(seat.kind)) {
    return (
      <p className="submit-moves__done" data-testid="moves-submitted">
        <span aria-hidden="true">✓ </span>
        {t('status.movesIn')}
      </p>
    );
  }
  return null;
}
