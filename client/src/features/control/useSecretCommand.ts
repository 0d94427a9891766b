// Sends a console command whose reply carries a secret made for it (a seat token, an assistant
// key): the secret goes to this screen alone, is shown once, and is never kept in the store. It is
// checked first like every form's command (components/checkedSend): one the schema refuses is not
// sent, and `problem` words why.
import { useState } from 'react';
import type { Command } from '@council/shared';
import {
  currentSession,
  failure,
  selectLocale,
  useStore,
  type AppError,
  type CommandOutcome,
} from '../../store';
import { commandProblem } from '../../components/checkedSend';

const offline: CommandOutcome = { ok: false, code: 'NETWORK', message: 'Not connected.' };

export function useSecretCommand() {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const locale = useStore(selectLocale);
  const send = async (command: Command): Promise<CommandOutcome> => {
    const found = commandProblem(locale, command);
    setProblem(found);
    if (found !== null) return { ok: false, code: 'BAD_REQUEST', message: found };
    setPending(true);
    setError(null);
    const reply = (await currentSession()?.sendCommand(command)) ?? offline;
    setPending(false);
    if (!reply.ok) setError(failure(reply));
    return reply;
  };
  return { send, pending, error, problem };
}
