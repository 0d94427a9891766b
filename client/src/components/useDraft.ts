// Form text that survives a reload: kept in the browser per exercise and form until it is sent.
import { useCallback, useState } from 'react';
import { loadDraft, saveDraft } from '../store/persist';
import { useStore } from '../store';

export function useDraft(form: string, initial = ''): [string, (value: string) => void] {
  const code = useStore((s) => s.exerciseCode);
  const [value, setValue] = useState(() => (code ? (loadDraft(code, form) ?? initial) : initial));
  const update = useCallback(
    (next: string) => {
      setValue(next);
      if (code) saveDraft(code, form, next === initial ? '' : next);
    },
    [code, form, initial],
  );
  return [value, update];
}
