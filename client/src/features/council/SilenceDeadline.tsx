// A silence procedure's deadline, counting down in game time (it moves turn by turn, not by the second).
import type { ClockView, DraftView } from '@council/shared';
import { gameTimeLabel, hoursBetween } from '../../format/time';
import { useT } from '../../i18n';
import { useSpan } from './useSpan';

export function SilenceDeadline({ draft, clock }: { readonly draft: DraftView; readonly clock: ClockView }) {
  const t = useT();
  const span = useSpan();
  if (draft.status !== 'silence' || !draft.silenceDeadline) return null;
  const left = Math.max(0, hoursBetween(clock.gameTime, draft.silenceDeadline));
  const turns = Math.max(1, Math.ceil(left / clock.stepHours));
  return (
    <div className="silence" data-testid={`silence-deadline-${draft.id}`} data-hours-left={Math.round(left)}>
      <p className="silence__deadline">
        <span aria-hidden="true">◷ </span>
        {t('council.silence.until', { time: gameTimeLabel(clock, draft.silenceDeadline) })}
      </p>
      <p className="silence__left">
        {left <= clock.stepHours
          ? t('council.silence.leftThisTurn', { span: span(left) })
          : t('council.silence.left', { span: span(left), turns })}
      </p>
      <p className="silence__rule">{t('council.silence.rule')}</p>
    </div>
  );
}
