// English: the escalation ladder's rung names. Their one home is the rules package
// (shared/src/forces/rungWords.ts), where the printable report words them too; the interface reads them here.
import { RUNG_NAMES, type EscalationRung } from '@council/shared';

type RungMessages = { readonly [K in EscalationRung as `map.rung.${K}`]: string };

export const enRungs = Object.fromEntries(
  Object.entries(RUNG_NAMES.en).map(([id, name]) => [`map.rung.${id}`, name]),
) as RungMessages;
