// An ally's confidential brief: its red lines, its intelligence, and the mood at home.
import type { AllyDossier } from '@council/shared';
import { useT } from '../../i18n';
import { tx } from '../../i18n/scenarioText';

export function OwnBrief({ dossier }: { readonly dossier: AllyDossier }) {
  const t = useT();
  const { secret, profile } = dossier;
  return (
    <section className="card own-brief" aria-labelledby="own-brief-title" data-testid="own-brief">
      <h2 id="own-brief-title">{t('situation.ownBrief', { ally: tx(profile.name) })}</h2>
      <p className="own-brief__stamp">{t('situation.confidential')}</p>
      {secret.redLines.length > 0 && (
        <>
          <h3>{t('situation.redLines')}</h3>
          <ul>
            {secret.redLines.map((line) => (
              <li key={line.en}>{tx(line)}</li>
            ))}
          </ul>
        </>
      )}
      {secret.intelligence && (
        <>
          <h3>{t('situation.intelligence')}</h3>
          <p>{tx(secret.intelligence)}</p>
        </>
      )}
      {secret.domesticState && (
        <>
          <h3>{t('situation.domestic')}</h3>
          <p>{tx(secret.domesticState)}</p>
        </>
      )}
    </section>
  );
}
