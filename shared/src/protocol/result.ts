// A value that is either a success or a Rejection: rules return it instead of throwing.
import type { Rejection } from './errors';

export type Result<T> = { ok: true; value: T } | { ok: false; error: Rejection };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(error: Rejection): Result<T> => ({ ok: false, error });
