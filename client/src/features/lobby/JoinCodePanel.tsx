// The join code, big enough to read from the back of a lecture hall, and the join link.
import { useT } from '../../i18n';
import { joinLink } from '../../store';
import { CopyField } from '../../components/CopyField';

export function JoinCodePanel({ code, large }: { readonly code: string; readonly large: boolean }) {
  const t = useT();
  const origin = window.location.origin;
  return (
    <section
      className={`card join-panel${large ? ' join-panel--large' : ''}`}
      aria-labelledby="join-panel-title"
    >
      <h2 id="join-panel-title">{t('lobby.joinCodeTitle')}</h2>
      <div className="join-panel__body">
        <div>
          <p className="join-panel__label">{t('lobby.joinCodeLabel')}</p>
          <p className="join-panel__code" data-testid="join-code">
            {code}
          </p>
        </div>
        <div className="join-panel__how">
          <p>{t('lobby.joinInstructions', { origin })}</p>
          <CopyField label={t('lobby.joinLinkLabel')} value={joinLink(origin, code)} testId="join-link" />
        </div>
      </div>
    </section>
  );
}
