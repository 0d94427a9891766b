// Channels (NAC plenary, staff, bilaterals, Control): coming once the rules package carries them.
import { useT } from '../../i18n';

export function ChannelsPanel() {
  const t = useT();
  return (
    <section className="card channels" aria-labelledby="channels-title" data-testid="channels-panel">
      <h2 id="channels-title">{t('channels.title')}</h2>
      <p data-testid="channels-coming">{t('channels.coming')}</p>
    </section>
  );
}
