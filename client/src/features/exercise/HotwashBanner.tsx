// Hot-wash questions put to the reader's seat and not yet answered: on every screen until answered.
import type { ExerciseView } from '@council/shared';
import { useT } from '../../i18n';
import { useStore } from '../../store';

/** The questions waiting for this seat's answer. */
export const unansweredQuestions = (view: ExerciseView) =>
  view.review.hotwash.filter((q) => q.askedOfYou && q.yourAnswer === null);

export function HotwashBanner({
  view,
  onReview,
}: {
  readonly view: ExerciseView;
  readonly onReview: boolean;
}) {
  const t = useT();
  const choose = useStore((s) => s.setExerciseTab);
  const waiting = unansweredQuestions(view);
  const latest = waiting.at(-1);
  if (!latest) return null;
  return (
    <div className="banner banner--broadcast" role="status" data-testid="hotwash-banner">
      <strong>{t('hotwash.askedYou', { count: waiting.length })}</strong>{' '}
      <span data-testid="hotwash-banner-question">{latest.question}</span>{' '}
      {!onReview && (
        <button
          type="button"
          className="button button--small"
          data-testid="hotwash-banner-go"
          onClick={() => choose('review')}
        >
          {t('hotwash.goAnswer')}
        </button>
      )}
    </div>
  );
}
