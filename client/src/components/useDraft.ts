// Form text that survives a reload: kept in the browser per exercise, reader and form until sent.
import { useCallback, useState } from 'react';
import { draftOwner } from '../store/channelSlice';
import { loadDraft, saveDraft } from '../store/persist';
import { useStore } from '../store';

/**
 * Like useState for a form's text, remembered under `form` (unique within the exercise) for the
 * reader's seat or Control. Setting it back to `initial` (or sending: the caller clears it) forgets it.
 */
export function useDraft(form: string, initial = ''): [string, (value: string) => void, () => void] {
  const code = useStore((s) => s.exerciseCode);
  const owner = useStore((s) => (s.view ? draftOwner(s.view) : null));
  const key = owner ? `${owner}:${form}` : null;
  const [value, setValue] = useState(() => (code && key ? (loadDraft(code, key) ?? initial) : initial));
  const update = useCallback(
    (next: string) => {
      setValue(next);
      if (code && key) saveDraft(code, key, next === initial ? '' : next);
    },
    [code, key, initial],
  );
  /** Forgets the kept copy once the server accepted the text; what is on screen stays. */
  const forget = useCallback(() => {
    if (code && key) saveDraft(code, key, '');
  }, [code, key]);
  return [value, update, forget];
}
