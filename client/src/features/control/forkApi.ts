// Forking the exercise: POST /api/exercises/:code/fork with the control key in a header (ADR 0012).
import type { ForkExerciseResponse, RefusalParams } from '@council/shared';
import { withParams } from '../../net/refusalParams';
import { loadControlKey } from '../../store/persist';

/** Same origin by default; VITE_SERVER_URL points a dev build at another server (as net/ does). */
function baseUrl(): string {
  const configured = import.meta.env.VITE_SERVER_URL as string | undefined;
  return (configured || window.location.origin).replace(/\/+$/, '');
}

export type ForkResult =
  | { readonly ok: true; readonly fork: ForkExerciseResponse }
  | { readonly ok: false; readonly code: string; readonly message: string; readonly params?: RefusalParams };

export async function forkExercise(code: string, turn: number): Promise<ForkResult> {
  const key = loadControlKey(code);
  if (!key) return { ok: false, code: 'BAD_CONTROL_KEY', message: '' };
  try {
    const response = await fetch(`${baseUrl()}/api/exercises/${encodeURIComponent(code)}/fork`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'X-Control-Key': key },
      body: JSON.stringify({ turn }),
    });
    const body = (await response.json().catch(() => null)) as
      (ForkExerciseResponse & { code?: unknown; message?: unknown; params?: unknown }) | null;
    if (response.status === 201 && body) return { ok: true, fork: body };
    return withParams(
      {
        ok: false as const,
        code: typeof body?.code === 'string' ? body.code : 'NETWORK',
        message: typeof body?.message === 'string' ? body.message : '',
      },
      body?.params,
    );
  } catch {
    return { ok: false, code: 'NETWORK', message: '' };
  }
}
