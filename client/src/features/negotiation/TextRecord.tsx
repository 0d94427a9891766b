// The public record of the text: every proposal and amendment, newest first.
import type { ExerciseView, NegotiationView } from '@council/shared';
import { gameTimeLabel } from '../../format/time';
import { useT } from '../../i18n';
import { drafterName, issueTitle, optionLabel } from './names';

export function TextRecord({
  view,
  talks,
}: {
  readonly view: ExerciseView;
  readonly talks: NegotiationView;
}) {
  const t = useT();
  if (talks.changes.length === 0) return null;
  return (
    <details className="card text-record" data-testid="text-record">
      <summary>{t('negotiation.record', { count: talks.changes.length })}</summary>
      <ol reversed>
        {[...talks.changes].reverse().map((change) => {
          const common = {
            n: change.revision,
            time: gameTimeLabel(view.clock, change.gameTime),
            name: drafterName(view, change.by, t),
          };
          const [entry] = Object.entries(change.clauses);
          return (
            <li key={change.revision} data-testid={`change-${change.revision}`}>
              {change.kind === 'proposed' || !entry
                ? t('negotiation.record.proposed', { ...common, count: Object.keys(change.clauses).length })
                : t('negotiation.record.amended', {
                    ...common,
                    issue: issueTitle(talks, entry[0]),
                    option: optionLabel(talks, entry[0], entry[1]),
                  })}
            </li>
          );
        })}
      </ol>
    </details>
  );
}
