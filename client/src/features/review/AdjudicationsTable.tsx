// Every adjudication with its explanation and every override with its rationale, each a button
// that scrubs to its moment.
import { useMemo } from 'react';
import { adjudicationsSheet, formatGameTime, words, type GameEvent } from '@council/shared';
import { useT, type MessageKey } from '../../i18n';
import { selectLocale, useStore } from '../../store';

/** The kinds of ruling the table lists, in words; any other kind is named by its spelled-out type. */
const KINDS: Readonly<Record<string, MessageKey>> = {
  unitHalted: 'review.kind.unitHalted',
  unitWaiting: 'review.kind.unitWaiting',
  escalationChanged: 'review.kind.escalationChanged',
  readinessRolled: 'review.kind.readinessRolled',
  permitRolled: 'review.kind.permitRolled',
  combatResolved: 'review.kind.combatResolved',
  resultOverridden: 'review.kind.resultOverridden',
  adHocInjectFired: 'review.kind.adHocInjectFired',
  negotiationWalkedOut: 'review.kind.negotiationWalkedOut',
};

interface Props {
  readonly events: readonly GameEvent[];
  readonly startsAt: string;
  readonly onScrub: (seq: number) => void;
}

export function AdjudicationsTable({ events, startsAt, onScrub }: Props) {
  const t = useT();
  const locale = useStore(selectLocale);
  const rows = useMemo(() => adjudicationsSheet(events, locale).rows, [events, locale]);
  return (
    <details className="review__adjudications" data-testid="review-adjudications">
      <summary>{t('review.adjudications', { count: rows.length })}</summary>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('review.col.moment')}</th>
            <th scope="col">{t('review.col.gameTime')}</th>
            <th scope="col">{t('review.col.kind')}</th>
            <th scope="col">{t('review.col.subject')}</th>
            <th scope="col">{t('review.col.explanation')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([seq, type, gameTime, , subject, why]) => (
            <tr key={String(seq)}>
              <td>
                <button
                  type="button"
                  className="button button--small button--secondary"
                  onClick={() => onScrub(Number(seq))}
                >
                  {String(seq)}
                </button>
              </td>
              <td>{typeof gameTime === 'string' ? formatGameTime(startsAt, gameTime) : '—'}</td>
              <td>{KINDS[String(type)] ? t(KINDS[String(type)]!) : words(String(type))}</td>
              <td>{subject === null || subject === undefined ? '—' : String(subject)}</td>
              <td>{String(why)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
