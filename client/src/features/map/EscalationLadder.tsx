// The escalation ladder from the view: Kahn's rungs condensed, the current one marked, the threshold drawn.
import { useT, type MessageKey } from '../../i18n';

/** Kahn's rungs in words where the ladder's range is not a number alone. */
const KAHN_WORDS: Readonly<Partial<Record<string, MessageKey>>> = {
  peacetime: 'map.ladder.kahnBelow',
  hybridPressure: 'map.ladder.kahnOstensible',
};
import { rungName } from './rungName';
import type { ForcesPicture } from './types';

/** The first rung past Kahn's "nuclear war is unthinkable" threshold (NUCLEAR_THRESHOLD). */
const THRESHOLD = 'largeConventionalWar';

export function EscalationLadder({ forces }: { readonly forces: ForcesPicture }) {
  const t = useT();
  const name = (id: string, fallback: string) => rungName(t, id, fallback);
  const ladder = forces.ladder;
  const current = ladder.findIndex((r) => r.id === forces.escalation);
  const currentName = name(forces.escalation, ladder[current]?.label ?? '—');
  return (
    <div className="map-ladder" role="group" aria-labelledby="map-ladder-title">
      <h4 id="map-ladder-title">{t('map.ladder.title')}</h4>
      <p>
        <strong data-testid="escalation-rung" data-rung={forces.escalation}>
          {t('map.ladder.current', { rung: currentName })}
        </strong>
      </p>
      <ol className="map-ladder__rungs">
        {ladder
          .map((r, i) => ({ r, i }))
          .reverse()
          .map(({ r, i }) => (
            <li
              key={r.id}
              value={i + 1}
              aria-current={i === current ? 'step' : undefined}
              className={[
                'map-ladder__rung',
                i === current ? 'map-ladder__rung--current' : '',
                i <= current ? 'map-ladder__rung--reached' : '',
                r.id === THRESHOLD ? 'map-ladder__rung--threshold' : '',
              ].join(' ')}
            >
              {name(r.id, r.label)}{' '}
              <span className="hint">
                {KAHN_WORDS[r.id] ? t(KAHN_WORDS[r.id]!) : t('map.ladder.kahn', { rungs: r.kahn })}
              </span>
              {r.id === THRESHOLD && (
                <span className="map-ladder__threshold">{t('map.ladder.threshold')}</span>
              )}
            </li>
          ))}
      </ol>
    </div>
  );
}
