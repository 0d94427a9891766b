// Reads a refusal's params off the wire: plain data only (ids, numbers, {en, fr} texts and lists of
// them), so a damaged or unexpected value is dropped rather than shown.
import { isLocalisedText, type RefusalParams, type RefusalValue } from '@council/shared';

const isText = (v: unknown): boolean =>
  typeof v === 'string' || (isLocalisedText(v) && Object.values(v).every((s) => typeof s === 'string'));

const isValue = (v: unknown): v is RefusalValue =>
  (typeof v === 'number' && Number.isFinite(v)) || isText(v) || (Array.isArray(v) && v.every(isText));

/** The params of a refusal, or nothing when they are absent or not of the expected shape. */
export function refusalParams(value: unknown): RefusalParams | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const entries = Object.entries(value);
  const reason = (value as { reason?: unknown }).reason;
  if (typeof reason !== 'string' || !entries.every(([, v]) => isValue(v))) return undefined;
  return value as RefusalParams;
}

/** A refusal's code and message, with its params when they came. */
export function withParams<T extends { readonly code: string; readonly message: string }>(
  failure: T,
  params: unknown,
): T & { readonly params?: RefusalParams } {
  const read = refusalParams(params);
  return read ? { ...failure, params: read } : failure;
}
