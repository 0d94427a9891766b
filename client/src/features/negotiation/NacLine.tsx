// For a clause that commits NATO: the catalogue item the North Atlantic Council must adopt before
// the text is signed, and where the Council stands on it (adopted, pending, blocked, not tabled).
import type { NacConsent } from '@council/shared';
import { useT } from '../../i18n';

interface Props {
  readonly issueId: string;
  readonly nac: NacConsent;
}

export function NacLine({ issueId, nac }: Props) {
  const t = useT();
  const standing =
    nac.status === 'adopted'
      ? t('negotiation.nac.adopted')
      : nac.status === 'blocked'
        ? t('negotiation.nac.blocked', { names: nac.blockers.map((b) => b.name).join(', ') })
        : nac.status === 'pending'
          ? t('negotiation.nac.pending', { draft: nac.draftId ?? '' })
          : t('negotiation.nac.notTabled');
  return (
    <p className="clause__meta clause__nac" data-testid={`clause-nac-${issueId}`} data-status={nac.status}>
      <span className="tag tag--nato">NATO</span> {t('negotiation.nac.needs', { item: nac.title })} —{' '}
      {standing}
    </p>
  );
}
