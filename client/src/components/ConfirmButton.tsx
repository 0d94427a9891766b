// A button whose action cannot be taken back: the first press asks, the second (Confirm) acts.
import { useState } from 'react';
import { useT } from '../i18n';

interface Props {
  readonly label: string;
  readonly ariaLabel: string;
  /** The question shown once pressed, naming what will happen. */
  readonly question: string;
  readonly testId: string;
  readonly disabled: boolean;
  readonly onConfirm: () => void;
}

export function ConfirmButton({ label, ariaLabel, question, testId, disabled, onConfirm }: Props) {
  const t = useT();
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button
        type="button"
        className="button button--secondary button--small"
        data-testid={testId}
        aria-label={ariaLabel}
        disabled={disabled}
        onClick={() => setAsking(true)}
      >
        {label}
      </button>
    );
  }
  return (
    <span className="confirm" role="group" aria-label={question}>
      <span className="confirm__question" role="alert">
        {question}
      </span>
      <button
        type="button"
        className="button button--danger button--small"
        data-testid={`${testId}-confirm`}
        disabled={disabled}
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {t('confirm.yes', { action: label })}
      </button>
      <button
        type="button"
        className="button button--secondary button--small"
        data-testid={`${testId}-cancel`}
        onClick={() => setAsking(false)}
      >
        {t('confirm.no')}
      </button>
    </span>
  );
}
