// EN / FR switch: two toggle buttons, each labelled in its own language.
import { LOCALES } from '@council/shared';
import { useT } from '../i18n';
import { useStore } from '../store';

export function LanguageSwitch() {
  const t = useT();
  const locale = useStore((s) => s.locale);
  const setLocale = useStore((s) => s.setLocale);
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {LOCALES.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          aria-pressed={l === locale}
          // The visible code first, so the accessible name contains what sighted users see.
          aria-label={`${l.toUpperCase()} – ${t(`language.${l}`)}`}
          data-testid={`lang-${l}`}
          onClick={() => setLocale(l)}
        >
          {l.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
