// Right after creating an exercise: the control key and control link, shown this one time.
import { useT } from '../../i18n';
import { controlLink, useStore } from '../../store';
import { CopyField } from '../../components/CopyField';

export function ControlKeyPanel({ code }: { readonly code: string }) {
  const t = useT();
  const fresh = useStore((s) => s.freshControlKey);
  const dismiss = useStore((s) => s.dismissControlKey);
  if (!fresh || fresh.code !== code) return null;
  return (
    <section className="card control-key" aria-labelledby="control-key-title" data-testid="control-key-panel">
      <h2 id="control-key-title">{t('controlKey.title')}</h2>
      <p className="control-key__warning">{t('controlKey.warning')}</p>
      <CopyField label={t('controlKey.keyLabel')} value={fresh.key} testId="control-key" />
      <CopyField
        label={t('controlKey.linkLabel')}
        value={controlLink(window.location.origin, code, fresh.key)}
        testId="control-link"
      />
      <button type="button" className="button" data-testid="control-key-dismiss" onClick={dismiss}>
        {t('controlKey.dismiss')}
      </button>
    </section>
  );
}
