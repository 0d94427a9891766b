// The name a player is shown under once seated; remembered for the next exercise.
import { useT } from '../../i18n';
import { useStore } from '../../store';

export function DisplayNameField({ invalid }: { readonly invalid: boolean }) {
  const t = useT();
  const name = useStore((s) => s.displayName);
  const setName = useStore((s) => s.setDisplayName);
  return (
    <div className="field">
      <label htmlFor="display-name">{t('seats.displayName')}</label>
      <p className="hint" id="display-name-hint">
        {t('seats.displayNameHint')}
      </p>
      <input
        id="display-name"
        className="input"
        data-testid="display-name"
        value={name}
        maxLength={60}
        autoComplete="name"
        onChange={(e) => setName(e.target.value)}
        aria-describedby={invalid ? 'display-name-hint seat-error' : 'display-name-hint'}
        aria-invalid={invalid ? true : undefined}
      />
    </div>
  );
}
