// After signature: how the deal holds on the ground — turns held, the breaches this seat knows of
// (an undetected one only reaches the party that committed it, and Control), and who monitors it.
import type { ExerciseView, NegotiationView } from '@council/shared';
import { gameTimeLabel } from '../../format/time';
import { useT } from '../../i18n';
import { optionLabel, partyName, percent } from './names';

interface Props {
  readonly view: ExerciseView;
  readonly talks: NegotiationView;
}

export function ImplementationBox({ view, talks }: Props) {
  const t = useT();
  const implementation = talks.implementation;
  if (!implementation) return null;
  const { monitoring } = implementation;
  return (
    <section
      className="card implementation"
      aria-labelledby="implementation-title"
      data-testid="implementation"
    >
      <h3 id="implementation-title">{t('negotiation.implementation')}</h3>
      <p data-testid="implementation-held">
        {implementation.turns === 0
          ? t('negotiation.implementation.justSigned')
          : t('negotiation.implementation.held', {
              held: implementation.turnsHeld,
              turns: implementation.turns,
            })}
      </p>
      <p data-testid="implementation-monitoring">
        {monitoring
          ? t('negotiation.implementation.monitoring', {
              option: optionLabel(talks, monitoring.issueId, monitoring.optionId),
              percent: percent(implementation.detectionChance),
            })
          : t('negotiation.implementation.unmonitored', { percent: percent(implementation.detectionChance) })}
      </p>
      {implementation.violations.length === 0 ? (
        <p>{t('negotiation.implementation.noViolations')}</p>
      ) : (
        <ul className="implementation__violations" data-testid="implementation-violations">
          {implementation.violations.map((v, i) => (
            <li key={i} data-testid="violation" data-by={v.by} data-detected={v.detected}>
              {t(
                v.severity === 'serious'
                  ? 'negotiation.implementation.serious'
                  : 'negotiation.implementation.minor',
                { turn: v.turn, time: gameTimeLabel(view.clock, v.gameTime), name: partyName(view, v.by) },
              )}
              {!v.detected && ` · ${t('negotiation.implementation.undetected')}`}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
