// A control link whose key the server refused: say so plainly, and what to do when the key is lost.
import { useT } from '../../i18n';

export function ControlKeyRefused({ code }: { readonly code: string }) {
  const t = useT();
  return (
    <section className="card control-key" role="alert" data-testid="control-key-refused">
      <h2>{t('controlKey.refusedTitle')}</h2>
      <p>{t('controlKey.refusedBody', { code })}</p>
      <p>{t('controlKey.lostHelp')}</p>
    </section>
  );
}
