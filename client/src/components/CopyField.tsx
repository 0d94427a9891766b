// A value shown as text with a Copy button; works without the Clipboard API (plain http on a LAN).
import { useState } from 'react';
import { useT } from '../i18n';

interface Props {
  readonly label: string;
  readonly value: string;
  readonly testId: string;
  readonly large?: boolean;
}

function copyBySelection(text: string): boolean {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.className = 'visually-hidden';
  document.body.appendChild(area);
  area.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}

async function copy(text: string): Promise<boolean> {
  try {
    if (globalThis.isSecureContext && globalThis.navigator?.clipboard) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // fall through to the selection copy
  }
  return copyBySelection(text);
}

export function CopyField({ label, value, testId, large }: Props) {
  const t = useT();
  const [result, setResult] = useState<'done' | 'failed' | null>(null);
  return (
    <div className={`copy-field${large ? ' copy-field--large' : ''}`}>
      <span className="copy-field__label">{label}</span>
      <div className="copy-field__row">
        <code className="copy-field__value" data-testid={testId}>
          {value}
        </code>
        <button
          type="button"
          className="button button--secondary"
          data-testid={`copy-${testId}`}
          aria-label={t('copy.button', { what: label })}
          onClick={async () => setResult((await copy(value)) ? 'done' : 'failed')}
        >
          {t('copy.short')}
        </button>
      </div>
      <p className="copy-field__status" role="status">
        {result === 'done' ? t('copy.done') : result === 'failed' ? t('copy.failed') : ''}
      </p>
    </div>
  );
}
