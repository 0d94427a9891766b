// What adopting a catalogue item changes, in words.
import type { CouncilView, Effect } from '@council/shared';
import type { MessageKey, Translate } from '../../i18n';
import { allyName, itemTitle, signed } from './names';

export function describeEffect(t: Translate, council: CouncilView, effect: Effect): string {
  const ally = (id: string) => (id === '*' ? t('effect.everyAlly') : allyName(council, id));
  switch (effect.kind) {
    case 'flag': {
      const flag = t(`flag.${effect.flag}` as MessageKey);
      return effect.value ? flag : t('effect.flagOff', { flag });
    }
    case 'measure':
      return t('effect.measure', {
        measure: t(`measure.${effect.measure}` as MessageKey),
        delta: signed(effect.delta),
      });
    case 'allyAttribute':
      return t('effect.attribute', {
        ally: ally(effect.ally),
        attribute: t(`attribute.${effect.attribute}` as MessageKey),
        delta: signed(effect.delta),
      });
    case 'allyElection':
      return t(effect.electionSoon ? 'effect.electionSoon' : 'effect.electionOver', {
        ally: ally(effect.ally),
      });
    case 'allyDisposition':
      return t(effect.delta >= 0 ? 'effect.dispositionUp' : 'effect.dispositionDown', {
        ally: ally(effect.ally),
        item: itemTitle(council, effect.item),
      });
  }
}
