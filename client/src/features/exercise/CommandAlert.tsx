// A command the server refused, in the reader's language, until dismissed or the next command.
import { Alert } from '../../components/Alert';
import { useErrorText, useT } from '../../i18n';
import { seatMessageParams, useStore } from '../../store';

export function CommandAlert() {
  const t = useT();
  const errorText = useErrorText();
  const failure = useStore((s) => s.commandError);
  const view = useStore((s) => s.view);
  const clear = useStore((s) => s.clearCommandError);
  if (!failure) return null;
  const { command, error } = failure;
  const params = 'seatId' in command ? seatMessageParams(view, command.seatId) : {};
  return (
    <Alert testId="command-error">
      <p>
        <span className="visually-hidden">{t('command.refused')} </span>
        {errorText(error, params)}
      </p>
      <button
        type="button"
        className="button button--secondary button--small"
        data-testid="command-error-dismiss"
        onClick={clear}
      >
        {t('command.dismiss')}
      </button>
    </Alert>
  );
}
