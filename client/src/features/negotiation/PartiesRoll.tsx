// The parties at the table: who is required, who has signed, who has walked out.
import type { ExerciseView, NegotiationView } from '@council/shared';
import { gameTimeLabel } from '../../format/time';
import { useT } from '../../i18n';
import { partyName } from './names';

export function PartiesRoll({
  view,
  talks,
}: {
  readonly view: ExerciseView;
  readonly talks: NegotiationView;
}) {
  const t = useT();
  return (
    <section className="negotiation__parties" aria-labelledby="negotiation-parties-title">
      <h3 id="negotiation-parties-title">{t('negotiation.parties')}</h3>
      <ul className="party-roll" data-testid="party-roll">
        {talks.parties.map((p) => (
          <li
            key={p.seat}
            className={`party-roll__item${p.walkedOut ? ' party-roll__item--out' : ''}`}
            data-testid={`party-${p.seat}`}
            data-signed={p.signed}
            data-walked-out={p.walkedOut}
          >
            <span className="party-roll__name">{partyName(view, p.seat)}</span>
            {p.seat === view.you.seatId && ` ${t('negotiation.you')}`}
            {p.required && <span className="tag tag--required"> {t('negotiation.required')}</span>}
            {p.signed && <span className="tag tag--signed">✓ {t('negotiation.signed')}</span>}
            {p.walkedOut && <span className="tag tag--out">✗ {t('negotiation.walkedOut')}</span>}
            {p.returnBy && (
              <span className="party-roll__deadline" data-testid={`return-by-${p.seat}`}>
                {t('negotiation.returnBy', { time: gameTimeLabel(view.clock, p.returnBy) })}
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
