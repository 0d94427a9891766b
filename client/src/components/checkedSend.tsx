// A form refuses what the server would refuse, before sending, with the server's reason in the
// reader's language: the command goes through the server's own command check (`parseCommand`, the
// shared schema) and a refusal is worded as the server's would be. The typed text stays as it is.
import { useCallback, useState } from 'react';
import { parseCommand, type Command, type Locale } from '@council/shared';
import { errorText } from '../i18n/errors';
import { Alert } from './Alert';
import { selectLocale, selectSend, useStore } from '../store';

/** The sentence the server's refusal of this command's shape would show, or null when it would pass. */
export function commandProblem(locale: Locale, command: Command): string | null {
  const parsed = parseCommand(command);
  return parsed.ok ? null : errorText(locale, parsed.error);
}

/** `send`, checked first: a command the schema refuses is not sent, and `problem` says why. */
export function useCheckedSend(): {
  readonly send: (command: Command) => Promise<boolean>;
  readonly problem: string | null;
} {
  const send = useStore(selectSend);
  const locale = useStore(selectLocale);
  const [problem, setProblem] = useState<string | null>(null);
  const checked = useCallback(
    async (command: Command) => {
      const found = commandProblem(locale, command);
      setProblem(found);
      return found === null ? send(command) : false;
    },
    [locale, send],
  );
  return { send: checked, problem };
}

/** Why the form was not sent, read out as it appears. */
export function FormProblem({ id, problem }: { readonly id: string; readonly problem: string | null }) {
  if (problem === null) return null;
  return (
    <Alert id={id} testId={id}>
      {problem}
    </Alert>
  );
}
