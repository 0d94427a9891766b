// The effects of one or more catalogue items as a list of sentences.
import type { CouncilView, Effect } from '@council/shared';
import { useT } from '../../i18n';
import { describeEffect } from './effects';

interface Props {
  readonly council: CouncilView;
  readonly effects: readonly Effect[];
  readonly testId?: string | undefined;
}

export function EffectList({ council, effects, testId }: Props) {
  const t = useT();
  if (effects.length === 0) {
    return (
      <p className="effects effects--none" data-testid={testId}>
        {t('council.noEffects')}
      </p>
    );
  }
  return (
    <ul className="effects" data-testid={testId}>
      {effects.map((effect, i) => (
        <li key={i}>{describeEffect(t, council, effect)}</li>
      ))}
    </ul>
  );
}
