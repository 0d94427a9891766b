// Sends a console command whose reply carries a secret made for it (a seat token, an assistant
// key): the secret goes to this screen alone, is shown once, and is never kept in the store.
import { useState } from 'react';
import type { Command } from '@council/shared';
import { currentSession, failure, type AppError, type CommandOutcome } from '../../store';

const offline: CommandOutcome = { ok: false, code: 'NETWORK', message: 'Not connected.' };

export function useSecretCommand() {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const send = async (command: Command): Promise<CommandOutcome> => {
    setPending(true);
    setError(null);
    const reply = (await currentSession()?.sendCommand(command)) ?? offline;
    setPending(false);
    if (!reply.ok) setError(failure(reply));
    return reply;
  };
  return { send, pending, error };
}
