// Control's review downloads: GET /api/exercises/:code/review/<file> with the control key in a header.
import { loadControlKey } from '../../store/persist';

export const REVIEW_FILES = ['log.json', 'messages.csv', 'decisions.csv', 'measures.csv'] as const;
export type ReviewFile = (typeof REVIEW_FILES)[number];

/** Same origin by default; VITE_SERVER_URL points a dev build at another server (as net/ does). */
function baseUrl(): string {
  const configured = import.meta.env.VITE_SERVER_URL as string | undefined;
  return (configured || window.location.origin).replace(/\/+$/, '');
}

export type ReviewFetch =
  { readonly ok: true; readonly blob: Blob } | { readonly ok: false; readonly code: string };

export async function fetchReview(code: string, file: ReviewFile): Promise<ReviewFetch> {
  const key = loadControlKey(code);
  if (!key) return { ok: false, code: 'BAD_CONTROL_KEY' };
  try {
    const response = await fetch(`${baseUrl()}/api/exercises/${encodeURIComponent(code)}/review/${file}`, {
      headers: { 'X-Control-Key': key },
    });
    if (!response.ok) {
      const body = (await response.json().catch(() => null)) as { code?: unknown } | null;
      return { ok: false, code: typeof body?.code === 'string' ? body.code : 'NETWORK' };
    }
    return { ok: true, blob: await response.blob() };
  } catch {
    return { ok: false, code: 'NETWORK' };
  }
}

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
