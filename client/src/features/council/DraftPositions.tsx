// Every ally's stance on a draft: a tally, a tile per ally (with footnotes and amendment texts),
// and who is still awaiting instructions from their capital.
import type { ClockView, CouncilView, DraftAllyView, DraftView, PositionSource } from '@council/shared';
import { gameTimeLabel } from '../../format/time';
import { useT, type MessageKey } from '../../i18n';
import { allyName, itemTitle } from './names';
import { STANCE_ICON, STANCE_ORDER, stanceOf } from './positions';
import { draftName } from './draftName';

interface Props {
  readonly draft: DraftView;
  readonly council: CouncilView;
  readonly clock: ClockView;
  readonly myAllyId: string | null;
}

/** Who set a position, told truly: Control's overrides are never shown as the delegation's. */
const SOURCE_KEY = {
  delegation: 'council.byDelegation',
  capital: 'council.byCapital',
  control: 'council.byControl',
} as const satisfies Record<PositionSource, MessageKey>;

export function DraftPositions({ draft, council, clock, myAllyId }: Props) {
  const t = useT();
  const counts = new Map(STANCE_ORDER.map((s) => [s, 0]));
  for (const a of draft.allies) counts.set(stanceOf(a), (counts.get(stanceOf(a)) ?? 0) + 1);
  const awaiting = draft.allies.filter((a) => stanceOf(a) === 'awaitingInstructions');
  return (
    <div className="positions">
      <ul className="tally" aria-label={t('council.tally')} data-testid={`tally-${draft.id}`}>
        {STANCE_ORDER.filter((s) => (counts.get(s) ?? 0) > 0).map((s) => (
          <li key={s} className={`tally__item stance--${s}`} data-stance={s}>
            <span aria-hidden="true">{STANCE_ICON[s]} </span>
            {t(`stance.${s}` as MessageKey)}: <strong>{counts.get(s)}</strong>
          </li>
        ))}
      </ul>
      <ul className="positions__grid" aria-label={t('council.positionsOf', { draft: draftName(draft.id) })}>
        {draft.allies.map((a) => {
          const stance = stanceOf(a);
          const ally = council.allies.find((x) => x.id === a.allyId);
          const mine = a.allyId === myAllyId;
          return (
            <li
              key={a.allyId}
              className={`position stance--${stance}${mine ? ' position--mine' : ''}`}
              data-testid={`position-${draft.id}-${a.allyId}`}
              data-position={stance}
            >
              <span className="position__ally">
                {allyName(council, a.allyId)}
                {mine && <span className="position__you"> {t('council.you')}</span>}
                {ally?.nation && <span className="position__nation"> {ally.nation}</span>}
              </span>
              <span className="position__stance">
                <span aria-hidden="true">{STANCE_ICON[stance]} </span>
                {t(`stance.${stance}` as MessageKey)}
              </span>
              {a.position && (
                <span className="position__when">
                  {t(SOURCE_KEY[a.position.source], { time: gameTimeLabel(clock, a.position.at) })}
                </span>
              )}
              {a.position?.phrase ? (
                <q className="position__text" data-testid={`position-phrase-${draft.id}-${a.allyId}`}>
                  {t(`council.phrase.${a.position.phrase}`, {
                    ally: allyName(council, a.allyId),
                    items: draft.itemIds.map((id) => `“${itemTitle(council, id)}”`).join(', '),
                  })}
                </q>
              ) : (
                a.position?.text &&
                (a.position.source === 'control' ? (
                  <span className="position__text">
                    {t('council.controlNote', { text: a.position.text })}
                  </span>
                ) : (
                  <q className="position__text">{a.position.text}</q>
                ))
              )}
              <PositionDetails ally={a} clock={clock} />
            </li>
          );
        })}
      </ul>
      <p className="positions__awaiting" data-testid={`awaiting-${draft.id}`}>
        {awaiting.length === 0
          ? t('council.allInstructed')
          : t('council.awaiting', {
              count: awaiting.length,
              names: awaiting.map((a) => allyName(council, a.allyId)).join(', '),
            })}
      </p>
    </div>
  );
}

/** What only the delegation itself (instruction time) or Control (dice, review time) may see. */
function PositionDetails({ ally, clock }: { readonly ally: DraftAllyView; readonly clock: ClockView }) {
  const t = useT();
  const lines: string[] = [];
  if (ally.instructionsAt && !ally.position) {
    lines.push(t('council.instructionsDue', { time: gameTimeLabel(clock, ally.instructionsAt) }));
  }
  if (ally.roll) {
    lines.push(t('council.roll', { p: ally.roll.pSupport.toFixed(2), draw: ally.roll.draw.toFixed(2) }));
  }
  if (ally.reviewAt) lines.push(t('council.reviewAt', { time: gameTimeLabel(clock, ally.reviewAt) }));
  if (lines.length === 0) return null;
  return (
    <span className="position__detail" data-testid={`position-detail-${ally.allyId}`}>
      {lines.join(' · ')}
    </span>
  );
}
