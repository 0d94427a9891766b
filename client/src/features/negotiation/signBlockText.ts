// The condition that stops the reader signing, as the server's rule named it, in the reader's words.
import type { ExerciseView, NegotiationView, SignBlock } from '@council/shared';
import type { Translate } from '../../i18n';
import { issueTitle, partyName } from './names';

const SHOWN = 3;

export function signBlockText(
  view: ExerciseView,
  talks: NegotiationView,
  block: SignBlock,
  t: Translate,
): string {
  const titles = (ids: readonly string[]) => ids.map((id) => issueTitle(talks, id)).join(', ');
  switch (block.code) {
    case 'DRAFT_INCOMPLETE': {
      const missing = block.clauses.map((c) =>
        c.drafted
          ? t('negotiation.signBlock.initials', {
              issue: issueTitle(talks, c.issueId),
              names: c.parties.map((p) => partyName(view, p)).join(', '),
            })
          : t('negotiation.signBlock.noClause', { issue: issueTitle(talks, c.issueId) }),
      );
      // The first few, so the line stays readable; the clauses themselves show the rest.
      const shown = missing.slice(0, SHOWN);
      if (missing.length > SHOWN)
        shown.push(t('negotiation.signBlock.more', { count: missing.length - SHOWN }));
      return t('negotiation.signBlock.DRAFT_INCOMPLETE', { missing: shown.join('; ') });
    }
    case 'NO_EU_CONSENT':
    case 'NO_NAC_CONSENSUS':
      return t(`negotiation.signBlock.${block.code}`, { issues: titles(block.issues) });
    default:
      return t(`negotiation.signBlock.${block.code}`);
  }
}
