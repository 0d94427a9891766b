// Checks a reply's shape: the server is trusted, but a bad reply must not crash the UI.
import { ERROR_CODES, type ErrorCode, type ForceOrderMenu } from '@council/shared';
import type { CommandOutcome, HistoryOutcome, OrderMenuOutcome } from '../store/types';
import { withParams } from './refusalParams';

const isCode = (value: unknown): value is ErrorCode =>
  typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);

export function toCommandOutcome(reply: unknown, thrown?: unknown): CommandOutcome {
  if (thrown !== undefined) {
    // A server that rejects the request (rather than replying ok:false) carries a reason.
    const reason = (thrown as { reason?: { code?: unknown; message?: unknown; params?: unknown } }).reason;
    if (reason && isCode(reason.code)) {
      return withParams(
        { ok: false as const, code: reason.code, message: String(reason.message ?? reason.code) },
        reason.params,
      );
    }
    const message = thrown instanceof Error ? thrown.message : String(thrown);
    return { ok: false, code: 'NETWORK', message };
  }
  if (reply && typeof reply === 'object' && 'ok' in reply) {
    const r = reply as {
      ok: unknown;
      seatToken?: unknown;
      controlKey?: unknown;
      code?: unknown;
      message?: unknown;
      params?: unknown;
    };
    if (r.ok === true) {
      if (typeof r.controlKey === 'string') return { ok: true, controlKey: r.controlKey };
      return typeof r.seatToken === 'string' ? { ok: true, seatToken: r.seatToken } : { ok: true };
    }
    if (isCode(r.code))
      return withParams({ ok: false as const, code: r.code, message: String(r.message ?? r.code) }, r.params);
  }
  return { ok: false, code: 'INTERNAL_ERROR', message: 'The server sent an unexpected reply.' };
}

const isMenu = (value: unknown): value is ForceOrderMenu => {
  const m = value as Partial<ForceOrderMenu> | null;
  return (
    typeof m === 'object' &&
    m !== null &&
    typeof m.open === 'boolean' &&
    Array.isArray(m.units) &&
    Array.isArray(m.theatre)
  );
};

/** The reply to `orders`: the seat's own menu (null: its view has no forces), or why not. */
export function toOrderMenuOutcome(reply: unknown, thrown?: unknown): OrderMenuOutcome {
  if (thrown !== undefined) {
    const failed = toCommandOutcome(null, thrown);
    return failed.ok ? { ok: false, code: 'INTERNAL_ERROR', message: 'No answer.' } : failed;
  }
  const r = reply as {
    ok?: unknown;
    menu?: unknown;
    code?: unknown;
    message?: unknown;
    params?: unknown;
  } | null;
  if (r && typeof r === 'object' && r.ok === true && (r.menu === null || isMenu(r.menu)))
    return { ok: true, menu: r.menu };
  if (r && typeof r === 'object' && r.ok === false && isCode(r.code))
    return withParams({ ok: false as const, code: r.code, message: String(r.message ?? r.code) }, r.params);
  return { ok: false, code: 'INTERNAL_ERROR', message: 'The server sent an unexpected reply.' };
}

/** The reply to `history`: a page of a channel's older messages, or why not. */
export function toHistoryOutcome(reply: unknown, thrown?: unknown): HistoryOutcome {
  if (thrown !== undefined) {
    const failed = toCommandOutcome(null, thrown);
    return failed.ok ? { ok: false, code: 'INTERNAL_ERROR', message: 'No answer.' } : failed;
  }
  const r = reply as { ok?: unknown; code?: unknown; message?: unknown; params?: unknown } | null;
  if (r && typeof r === 'object' && r.ok === true) {
    const page = reply as { channelId?: unknown; earlier?: unknown; messages?: unknown };
    if (
      typeof page.channelId === 'string' &&
      typeof page.earlier === 'number' &&
      Array.isArray(page.messages)
    )
      return reply as HistoryOutcome;
  }
  if (r && typeof r === 'object' && r.ok === false && isCode(r.code))
    return withParams({ ok: false as const, code: r.code, message: String(r.message ?? r.code) }, r.params);
  return { ok: false, code: 'INTERNAL_ERROR', message: 'The server sent an unexpected reply.' };
}
