// English: the adjudications' sentences. Their one home is the rules package
// (shared/src/forces/explainWords.ts), where the exports word them too; the interface reads them here.
import { ADJUDICATION_WORDS, type AdjudicationKey } from '@council/shared';

type AdjudicationMessages = { readonly [K in AdjudicationKey as `adjudication.${K}`]: string };

export const enAdjudication = Object.fromEntries(
  Object.entries(ADJUDICATION_WORDS.en).map(([key, text]) => [`adjudication.${key}`, text]),
) as AdjudicationMessages;
