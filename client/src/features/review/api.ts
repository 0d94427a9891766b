// The review over HTTP: Control sends its control key, a seat its seat token (ADR 0007).
// GET /api/exercises/:code/review/<file | events.json | seat.json | view/:seq>, POST /api/review/compare.
import type { GameEvent, Locale, LogExport } from '@council/shared';
import { loadControlKey, loadSeatToken } from '../../store/persist';

export const REVIEW_FILES = [
  'report.html',
  'workbook.xlsx',
  'log.json',
  'messages.csv',
  'decisions.csv',
  'measures.csv',
  'adjudications.csv',
  'tags.csv',
  'hotwash.csv',
  'assumptions.csv',
] as const;
export type ReviewFile = (typeof REVIEW_FILES)[number];

/** Same origin by default; VITE_SERVER_URL points a dev build at another server (as net/ does). */
function baseUrl(): string {
  const configured = import.meta.env.VITE_SERVER_URL as string | undefined;
  return (configured || window.location.origin).replace(/\/+$/, '');
}

/** The credential this browser holds for the exercise: the control key first, else the seat token. */
function credentials(code: string): Record<string, string> | null {
  const key = loadControlKey(code);
  if (key) return { 'X-Control-Key': key };
  const token = loadSeatToken(code);
  return token ? { 'X-Seat-Token': token } : null;
}

export type ReviewFetch<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly code: string };

async function request<T>(
  code: string,
  path: string,
  read: (response: Response) => Promise<T>,
  method: 'GET' | 'POST' = 'GET',
): Promise<ReviewFetch<T>> {
  const headers = credentials(code);
  if (!headers) return { ok: false, code: 'BAD_CONTROL_KEY' };
  try {
    const response = await fetch(`${baseUrl()}/api/exercises/${encodeURIComponent(code)}/review/${path}`, {
      headers,
      method,
    });
    if (!response.ok) {
      const body = (await response.json().catch(() => null)) as { code?: unknown } | null;
      return { ok: false, code: typeof body?.code === 'string' ? body.code : 'NETWORK' };
    }
    return { ok: true, value: await read(response) };
  } catch {
    return { ok: false, code: 'NETWORK' };
  }
}

/** A review file in the reader's language (`lang`): the report and the tables word the scenario in it. */
export const fetchReview = (code: string, file: ReviewFile, locale: Locale) =>
  request(code, `${file}?lang=${locale}`, (r) => r.blob());
export const fetchReviewJson = <T>(code: string, path: string) =>
  request(code, path, (r) => r.json() as Promise<T>);
/** Starts "what your Council's delay cost" on the server (ADR 0020), or finds the one running. */
export const startDelayCost = <T>(code: string, seeds: number) =>
  request(code, `delay-cost?seeds=${seeds}`, (r) => r.json() as Promise<T>, 'POST');
export const fetchLog = (code: string) => fetchReviewJson<LogExport>(code, 'log.json');
export const fetchTail = (code: string, from: number) =>
  fetchReviewJson<{ from: number; lastSeq: number; events: GameEvent[] }>(code, `events.json?from=${from}`);

/** Saves a blob under a file name through a temporary object URL. */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Exercises this browser holds a control key for (it created or ran them): the runs it may compare. */
export function knownControlCodes(): string[] {
  const prefix = 'council:control:'; // store/persist.ts writes control keys under this prefix
  const codes: string[] = [];
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const name = localStorage.key(i);
      if (name?.startsWith(prefix)) codes.push(name.slice(prefix.length));
    }
  } catch {
    // storage refused: nothing remembered
  }
  return codes.sort();
}

export async function compareRuns<T>(codes: readonly string[]): Promise<ReviewFetch<T>> {
  const runs = codes.flatMap((code) => {
    const key = loadControlKey(code);
    return key ? [{ code, key }] : [];
  });
  try {
    const response = await fetch(`${baseUrl()}/api/review/compare`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ runs }),
    });
    const body = (await response.json().catch(() => null)) as unknown;
    if (!response.ok) {
      const errorCode = (body as { code?: unknown } | null)?.code;
      return { ok: false, code: typeof errorCode === 'string' ? errorCode : 'NETWORK' };
    }
    return { ok: true, value: body as T };
  } catch {
    return { ok: false, code: 'NETWORK' };
  }
}
