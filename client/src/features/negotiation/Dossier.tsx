// A party's secret dossier: its brief, red lines (and which the current text crosses), priorities,
// and how satisfied the current text leaves it. The server sends it only to that party and Control.
import type { NegotiationDossier, NegotiationView } from '@council/shared';
import { useT, type Translate } from '../../i18n';
import { issueTitle, optionLabel, percent } from './names';
import { tx } from '../../i18n/scenarioText';

type RedLine = NegotiationDossier['redLines'][number];

interface Props {
  readonly talks: NegotiationView;
  readonly dossier: NegotiationDossier;
  readonly heading: string;
  readonly testId: string;
}

function describeLine(talks: NegotiationView, line: RedLine, t: Translate): string {
  const parts = [
    ...(line.options ?? []).map((o) => optionLabel(talks, line.issue, o)),
    ...(line.below !== undefined ? [t('negotiation.below', { value: line.below.toLocaleString('en') })] : []),
    ...(line.above !== undefined ? [t('negotiation.above', { value: line.above.toLocaleString('en') })] : []),
  ];
  return parts.join('; ');
}

export function Dossier({ talks, dossier, heading, testId }: Props) {
  const t = useT();
  const titleId = `${testId}-title`;
  const current = Object.fromEntries(talks.clauses.map((c) => [c.issueId, c.optionId]));
  return (
    <section className="card dossier" data-testid={testId} aria-labelledby={titleId}>
      <h3 id={titleId}>{heading}</h3>
      <p className="dossier__secret">{t('negotiation.secret')}</p>
      <p className="dossier__satisfaction" data-testid={`${testId}-satisfaction`}>
        {t('negotiation.satisfaction', { percent: percent(dossier.satisfaction) })}
      </p>
      {dossier.brief && (
        <>
          <h4>{t('negotiation.brief')}</h4>
          <p className="dossier__brief">{tx(dossier.brief)}</p>
        </>
      )}
      <h4>{t('negotiation.redLines')}</h4>
      {dossier.redLines.length === 0 ? (
        <p>{t('negotiation.noRedLines')}</p>
      ) : (
        <ul className="dossier__lines">
          {dossier.redLines.map((line, i) => {
            const crossed = dossier.redLinesCrossed.some((c) => c.issueId === line.issue);
            return (
              <li key={i} data-crossed={crossed} className={crossed ? 'dossier__line--crossed' : undefined}>
                <strong>{issueTitle(talks, line.issue)}</strong>: {describeLine(talks, line, t)}
                {line.note && <span className="dossier__note"> — {tx(line.note)}</span>}
                {crossed && <span className="tag tag--out"> {t('negotiation.crossed')}</span>}
              </li>
            );
          })}
        </ul>
      )}
      {dossier.walksOutOnRedLine && <p className="dossier__warning">{t('negotiation.leavesOnRedLine')}</p>}
      {Object.keys(dossier.priorities).length > 0 && (
        <table className="dossier__priorities">
          <caption>{t('negotiation.priorities')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('negotiation.col.issue')}</th>
              <th scope="col">{t('negotiation.col.best')}</th>
              <th scope="col">{t('negotiation.col.current')}</th>
            </tr>
          </thead>
          <tbody>
            {Object.entries(dossier.priorities).map(([issueId, weights]) => {
              const [bestId, bestWeight] = Object.entries(weights).reduce(
                (best, entry) => (entry[1] > best[1] ? entry : best),
                ['', -1] as [string, number],
              );
              const now = current[issueId];
              return (
                <tr key={issueId}>
                  <th scope="row">{issueTitle(talks, issueId)}</th>
                  <td>
                    {t('negotiation.weight', {
                      label: optionLabel(talks, issueId, bestId),
                      weight: bestWeight,
                    })}
                  </td>
                  <td>
                    {now
                      ? t('negotiation.weight', {
                          label: optionLabel(talks, issueId, now),
                          weight: weights[now] ?? 0,
                        })
                      : '—'}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
