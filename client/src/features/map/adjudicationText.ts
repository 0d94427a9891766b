// An adjudication in the reader's language, from the kind and parameters the rules gave (ADR 0029).
import type { AdjudicationWords } from '@council/shared';
import type { Translate } from '../../i18n';

export function adjudicationText(t: Translate, words: AdjudicationWords): string {
  const params = words.side ? { ...words.params, side: t(`adjudication.side.${words.side}`) } : words.params;
  return t(`adjudication.${words.kind}`, params);
}
