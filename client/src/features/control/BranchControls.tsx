// Control's turns box (ADR 0012): roll the exercise back to the start of an earlier turn (after a
// confirmation), or branch a new exercise from one; the branch's control link is shown this once.
import { useState } from 'react';
import type { ExerciseView, ForkExerciseResponse } from '@council/shared';
import { useErrorText, useT } from '../../i18n';
import { selectIsLeadControl, selectIsLive, selectPending, selectSend, useStore } from '../../store';
import { forkExercise } from './forkApi';
import { NewExerciseLinks } from './NewExerciseLinks';

export function BranchControls({ view }: { readonly view: ExerciseView }) {
  const t = useT();
  const errorText = useErrorText();
  const live = useStore(selectIsLive);
  const pending = useStore(selectPending);
  const send = useStore(selectSend);
  const lead = useStore(selectIsLeadControl);
  const { turn: current, status } = view.clock;
  const [chosen, setChosen] = useState<number | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [forking, setForking] = useState(false);
  const [fork, setFork] = useState<ForkExerciseResponse | null>(null);
  const [forkError, setForkError] = useState<string | null>(null);
  // Rolling back and branching are the lead's alone (ADR 0009, 0012).
  if (status === 'lobby' || current < 1 || !lead) return null;
  // Turns 1 to now are the run as it counts: a rollback drops the later ones until they are replayed.
  const turn = chosen !== null && chosen <= current ? chosen : current;
  const busy = !live || pending;

  const rollBack = async () => {
    await send({ type: 'rollBack', toTurn: turn });
    setConfirming(false);
  };
  const branch = async () => {
    setForking(true);
    setForkError(null);
    const result = await forkExercise(view.code, turn);
    setForking(false);
    if (result.ok) setFork(result.fork);
    else setForkError(errorText({ ...result, message: result.message || t('branch.forkFailed') }));
  };

  return (
    <section className="console-box" aria-labelledby="console-branch-title" data-testid="control-branch">
      <h3 id="console-branch-title">{t('branch.title')}</h3>
      <label htmlFor="control-branch-turn">{t('branch.turn')}</label>
      <select
        id="control-branch-turn"
        className="input input--short"
        data-testid="control-branch-turn"
        value={turn}
        onChange={(e) => {
          setChosen(Number(e.target.value));
          setConfirming(false);
        }}
      >
        {Array.from({ length: current }, (_, i) => i + 1).map((n) => (
          <option key={n} value={n}>
            {t('branch.turnOption', { turn: n })}
          </option>
        ))}
      </select>
      <div className="button-row">
        {confirming ? (
          <>
            <button
              type="button"
              className="button button--danger"
              data-testid="control-rollback-confirm"
              disabled={busy}
              onClick={() => void rollBack()}
            >
              {t('branch.rollBackConfirm', { turn })}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
              {t('branch.cancel')}
            </button>
          </>
        ) : (
          <button
            type="button"
            className="button button--secondary"
            data-testid="control-rollback"
            disabled={busy}
            onClick={() => setConfirming(true)}
          >
            {t('branch.rollBack', { turn })}
          </button>
        )}
      </div>
      {confirming && (
        <p className="control-key__warning" role="alert" data-testid="control-rollback-warning">
          {t('branch.rollBackWarning', { turn })}
        </p>
      )}
      <div className="button-row">
        <button
          type="button"
          className="button button--secondary"
          data-testid="control-fork"
          disabled={!live || forking}
          onClick={() => void branch()}
        >
          {t('branch.fork', { turn })}
        </button>
      </div>
      <p className="hint">{t('branch.forkHint')}</p>
      {forkError && (
        <p className="field__error" role="alert" data-testid="control-fork-error">
          {forkError}
        </p>
      )}
      {fork && (
        <NewExerciseLinks
          code={fork.code}
          controlKey={fork.controlKey}
          notice={t('branch.forked', { code: fork.code })}
          labels={{ code: t('branch.forkCode'), key: t('branch.forkKey'), link: t('branch.forkLink') }}
          testId="control-forked"
          testIdPrefix="control-fork"
        />
      )}
    </section>
  );
}
