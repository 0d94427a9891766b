// "Import an exercise": an archive downloaded from another installation (or from this one) becomes a
// new exercise here (ADR 0021). On the front page, because a fresh installation has no console yet.
import { useT } from '../../i18n';
import { ImportArchiveForm } from '../control/ImportArchiveForm';

export function ImportExercisePanel() {
  const t = useT();
  return (
    <section className="card home__panel" aria-labelledby="import-title" data-testid="home-import">
      <h2 id="import-title">{t('home.import.title')}</h2>
      <p>{t('home.import.intro')}</p>
      <ImportArchiveForm idPrefix="home-import" />
    </section>
  );
}
