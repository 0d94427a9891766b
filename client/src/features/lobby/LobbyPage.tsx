// /x/<CODE>: joins the exercise while mounted and shows the lobby (or, once the reader holds a
// seat or is Control, the exercise screen), or why we are not in.
import { useEffect } from 'react';
import { Alert } from '../../components/Alert';
import { Link } from '../../components/Link';
import { useErrorText, useT } from '../../i18n';
import { useStore } from '../../store';
import { ExerciseScreen } from '../exercise/ExerciseScreen';
import { BroadcastBanner } from '../control/BroadcastBanner';
import { Lobby } from './Lobby';

export function LobbyPage({ code }: { readonly code: string }) {
  const t = useT();
  const errorText = useErrorText();
  const hasView = useStore((s) => s.view !== null);
  const refusal = useStore((s) => s.refusal);
  const inside = useStore((s) => s.view !== null && (s.view.you.isControl || s.view.you.seatId !== null));

  useEffect(() => {
    const { enterExercise, leaveExercise } = useStore.getState();
    enterExercise(code);
    return () => leaveExercise();
  }, [code]);

  if (refusal && !hasView) {
    return (
      <section className="card lobby-refused" aria-labelledby="refused-title">
        <h1 id="refused-title">{t('lobby.refusedTitle', { code })}</h1>
        <Alert testId="join-refused">{errorText(refusal, { code })}</Alert>
        {refusal.code === 'PROTOCOL_MISMATCH' && (
          <p>
            <button type="button" className="button" onClick={() => window.location.reload()}>
              {t('lobby.reload')}
            </button>
          </p>
        )}
        <p>
          <Link to="/">{t('lobby.backHome')}</Link>
        </p>
      </section>
    );
  }
  if (!hasView) {
    return (
      <section className="lobby-connecting" aria-busy="true">
        <h1>{t('lobby.connecting', { code })}</h1>
      </section>
    );
  }
  // Control's broadcasts reach people still in the lobby too (ADR 0009).
  return inside ? (
    <ExerciseScreen />
  ) : (
    <>
      <BroadcastBanner />
      <Lobby />
    </>
  );
}
