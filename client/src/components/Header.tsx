// The banner: product name (home link), exercise title, connection state and language.
import { useT } from '../i18n';
import { useStore } from '../store';
import { ConnectionBadge } from './ConnectionBadge';
import { LanguageSwitch } from './LanguageSwitch';
import { Link } from './Link';

export function Header() {
  const t = useT();
  const title = useStore((s) => s.view?.title ?? null);
  const inExercise = useStore((s) => s.exerciseCode !== null);
  return (
    <header className="app-header">
      <nav className="app-header__nav" aria-label={t('app.name')}>
        <Link to="/" className="app-header__brand" aria-label={t('nav.home')}>
          <span aria-hidden="true" className="app-header__mark">
            ✦
          </span>
          {t('app.name')}
        </Link>
      </nav>
      {title && (
        <p className="app-header__title" data-testid="exercise-title-header">
          {title}
        </p>
      )}
      <div className="app-header__tools">
        {inExercise && <ConnectionBadge />}
        <LanguageSwitch />
      </div>
    </header>
  );
}
