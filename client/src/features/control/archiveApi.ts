// Exercise archives over HTTP (ADR 0021): Control downloads this exercise's archive with its key;
// anyone with the installation's operator key (when it has one) imports an archive as a new exercise.
import type { RefusalParams } from '@council/shared';
import { withParams } from '../../net/refusalParams';
import { loadControlKey } from '../../store/persist';

/** Same origin by default; VITE_SERVER_URL points a dev build at another server (as net/ does). */
function baseUrl(): string {
  const configured = import.meta.env.VITE_SERVER_URL as string | undefined;
  return (configured || window.location.origin).replace(/\/+$/, '');
}

export interface ImportedExercise {
  readonly exerciseId: string;
  readonly code: string;
  readonly controlKey: string;
  readonly title: string;
}

export type ArchiveResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly code: string; readonly message: string; readonly params?: RefusalParams };

async function failure(
  response: Response,
): Promise<{ ok: false; code: string; message: string; params?: RefusalParams }> {
  const body = (await response.json().catch(() => null)) as {
    code?: unknown;
    message?: unknown;
    params?: unknown;
  } | null;
  return withParams(
    {
      ok: false as const,
      code: typeof body?.code === 'string' ? body.code : 'NETWORK',
      message: typeof body?.message === 'string' ? body.message : '',
    },
    body?.params,
  );
}

const NETWORK = { ok: false, code: 'NETWORK', message: '' } as const;

export async function downloadArchive(code: string): Promise<ArchiveResult<Blob>> {
  const key = loadControlKey(code);
  if (!key) return { ok: false, code: 'BAD_CONTROL_KEY', message: '' };
  try {
    const response = await fetch(`${baseUrl()}/api/exercises/${encodeURIComponent(code)}/archive`, {
      headers: { 'X-Control-Key': key },
    });
    return response.ok ? { ok: true, value: await response.blob() } : await failure(response);
  } catch {
    return NETWORK;
  }
}

export async function importArchive(
  file: Blob,
  operatorKey: string,
): Promise<ArchiveResult<ImportedExercise>> {
  try {
    const response = await fetch(`${baseUrl()}/api/exercises/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/gzip', ...(operatorKey ? { 'X-Admin-Key': operatorKey } : {}) },
      body: file,
    });
    return response.status === 201
      ? { ok: true, value: (await response.json()) as ImportedExercise }
      : await failure(response);
  } catch {
    return NETWORK;
  }
}
