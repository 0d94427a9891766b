// The front door: what the product is, then "Join an exercise", "Run an exercise" and "Import an
// exercise".
import { useEffect } from 'react';
import { useT } from '../../i18n';
import { ImportExercisePanel } from './ImportExercisePanel';
import { JoinExercisePanel } from './JoinExercisePanel';
import { RunExercisePanel } from './RunExercisePanel';

export function HomePage() {
  const t = useT();
  useEffect(() => {
    document.title = t('app.name');
  }, [t]);
  return (
    <div className="home">
      <section className="home__intro" aria-labelledby="home-title">
        <h1 id="home-title">{t('app.name')}</h1>
        <p className="home__pitch">{t('app.pitch')}</p>
      </section>
      <div className="home__panels">
        <JoinExercisePanel />
        <RunExercisePanel />
        <ImportExercisePanel />
      </div>
    </div>
  );
}
