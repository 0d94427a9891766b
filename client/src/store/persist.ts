// What the browser remembers between visits: language, name, seat tokens and control keys.
import { LOCALES, type Locale } from '@council/shared';

const KEYS = {
  locale: 'council:locale',
  name: 'council:name',
  seat: (code: string) => `council:seat:${code}`,
  control: (code: string) => `council:control:${code}`,
  previousControl: (code: string) => `council:control-previous:${code}`,
};

// Private browsing or a locked-down kiosk may refuse storage: the game still runs, it just forgets.
function read(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function write(key: string, value: string | null): void {
  try {
    if (value === null) globalThis.localStorage?.removeItem(key);
    else globalThis.localStorage?.setItem(key, value);
  } catch {
    // ignored: see read()
  }
}

export function loadLocale(): Locale | null {
  const value = read(KEYS.locale);
  return LOCALES.find((l) => l === value) ?? null;
}
export const saveLocale = (locale: Locale) => write(KEYS.locale, locale);

export const loadName = () => read(KEYS.name) ?? '';
export const saveName = (name: string) => write(KEYS.name, name);

export const loadSeatToken = (code: string) => read(KEYS.seat(code));
export const saveSeatToken = (code: string, token: string | null) => write(KEYS.seat(code), token);

export const loadControlKey = (code: string) => read(KEYS.control(code));
export const saveControlKey = (code: string, key: string | null) => write(KEYS.control(code), key);

/**
 * A key from a control link replaces the stored one, which is kept aside until the new one is
 * accepted: a wrong link must not cost this browser the key that worked.
 */
export function takeControlKeyFromLink(code: string, key: string): void {
  const before = loadControlKey(code);
  if (before && before !== key) write(KEYS.previousControl(code), before);
  saveControlKey(code, key);
}

/** The key refused: back to the one kept aside (null if none). */
export function dropRefusedControlKey(code: string): string | null {
  const previous = read(KEYS.previousControl(code));
  write(KEYS.previousControl(code), null);
  saveControlKey(code, previous);
  return previous;
}

// Unsent text (composer, draft forms) per exercise and form, so a reload loses no typing.
const draftKey = (code: string, form: string) => `council:draft:${code}:${form}`;
export const loadDraft = (code: string, form: string) => read(draftKey(code, form));
export const saveDraft = (code: string, form: string, value: string) =>
  write(draftKey(code, form), value === '' ? null : value);
