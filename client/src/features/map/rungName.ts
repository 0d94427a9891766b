// An escalation rung in the reader's words: the ladder's named steps, and the Kahn measure read on
// the same ladder (shared review/ladder), so the measures and the map's ladder use one scale.
import { ladderRungOfKahn } from '@council/shared';
import type { MessageKey, Translate } from '../../i18n';
import { isMessageKey } from '../../i18n/translate';

/** A ladder step's name (`map.rung.<id>`); the given fallback for a step the interface does not know. */
export function rungName(t: Translate, id: string, fallback = ''): string {
  const key = `map.rung.${id}`;
  return isMessageKey(key) ? t(key as MessageKey) : fallback;
}

/** The Kahn measure as the ladder's step, with the Kahn rung: "Show of force and mobilisation (Kahn 4)". */
export function kahnRungName(t: Translate, kahn: number): string {
  return `${rungName(t, ladderRungOfKahn(kahn))} (${t('map.ladder.kahn', { rungs: String(kahn) })})`;
}
