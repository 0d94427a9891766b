// The reader's delegation states its position on a draft, once its capital's instructions are in.
import { useState, type FormEvent } from 'react';
import {
  POSITIONS,
  POSITIONS_WITH_TEXT,
  type ClockView,
  type DraftView,
  type Position,
} from '@council/shared';
import { gameTimeLabel } from '../../format/time';
import { useT, type MessageKey } from '../../i18n';
import { selectIsLive, selectPending, useStore } from '../../store';
import { STANCE_ICON } from './positions';
import { useDraft } from '../../components/useDraft';
import { draftName } from './draftName';
import { FormProblem, useCheckedSend } from '../../components/checkedSend';

interface Props {
  readonly draft: DraftView;
  readonly allyId: string;
  readonly clock: ClockView;
}

export function PositionForm({ draft, allyId, clock }: Props) {
  const t = useT();
  const live = useStore(selectIsLive);
  const pending = useStore(selectPending);
  const { send, problem } = useCheckedSend();
  const mine = draft.allies.find((a) => a.allyId === allyId);
  const [position, setPosition] = useState<Position>(mine?.position?.position ?? 'support');
  const [text, setText, forget] = useDraft(`position:${draft.id}`, mine?.position?.text ?? '');
  const [missing, setMissing] = useState(false);
  if (!mine) return null;
  const base = `position-form-${draft.id}`;

  if (mine.status === 'awaitingInstructions') {
    return (
      <p className="position-form__waiting" data-testid={`instructions-pending-${draft.id}`}>
        <span aria-hidden="true">◷ </span>
        {mine.instructionsAt
          ? t('council.form.instructionsAt', { time: gameTimeLabel(clock, mine.instructionsAt) })
          : t('council.form.instructionsPending')}
      </p>
    );
  }

  const needsText = POSITIONS_WITH_TEXT.includes(position);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (needsText && !text.trim()) return setMissing(true);
    setMissing(false);
    const trimmed = text.trim();
    const ok = await send({
      type: 'takePosition',
      draftId: draft.id,
      position,
      ...(position !== 'support' && trimmed ? { text: trimmed } : {}),
    });
    if (ok) forget();
  };
  return (
    <form
      noValidate
      className="position-form"
      onSubmit={(e) => void submit(e)}
      aria-labelledby={`${base}-legend`}
    >
      <fieldset>
        <legend id={`${base}-legend`}>
          {t(mine.position ? 'council.form.change' : 'council.form.legend', { draft: draftName(draft.id) })}
        </legend>
        <div className="position-form__choices">
          {POSITIONS.map((p) => (
            <label key={p} className={`choice stance--${p}${p === position ? ' choice--checked' : ''}`}>
              <input
                type="radio"
                name={`${base}-position`}
                value={p}
                checked={p === position}
                data-testid={`position-choice-${draft.id}-${p}`}
                onChange={() => setPosition(p)}
              />
              <span aria-hidden="true">{STANCE_ICON[p]} </span>
              {t(`stance.${p}` as MessageKey)}
            </label>
          ))}
        </div>
      </fieldset>
      {position !== 'support' && (
        <div className="field">
          <label htmlFor={`${base}-text`}>{t(`council.form.text.${position}` as MessageKey)}</label>
          <textarea
            id={`${base}-text`}
            className="input textarea"
            data-testid={`position-text-${draft.id}`}
            rows={3}
            value={text}
            aria-invalid={missing ? true : undefined}
            aria-describedby={missing ? `${base}-missing` : undefined}
            onChange={(e) => setText(e.target.value)}
          />
          {missing && (
            <p className="field__error" id={`${base}-missing`} data-testid={`position-missing-${draft.id}`}>
              {t(`council.form.required.${position}` as MessageKey)}
            </p>
          )}
        </div>
      )}
      <FormProblem id={`${base}-problem`} problem={problem} />
      <button
        type="submit"
        className="button"
        data-testid={`take-position-${draft.id}`}
        disabled={!live || pending}
      >
        {t('council.form.submit', { draft: draftName(draft.id) })}
      </button>
    </form>
  );
}
