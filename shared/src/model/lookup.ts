// Looking things up by an id that came from outside: own properties only, so an id such as
// "__proto__", "constructor" or "toString" finds nothing instead of Object.prototype's members.

/** The record's own entry for `id`, or undefined: never an inherited member. */
export function own<T>(record: Readonly<Record<string, T>>, id: string): T | undefined {
  return Object.hasOwn(record, id) ? record[id] : undefined;
}

/** Whether the record has its own entry for `id`. */
export const owns = (record: object, id: string): boolean => Object.hasOwn(record, id);

/** Names every ordinary object answers to without owning them ("constructor", "toString"…). */
export const isPrototypeName = (id: string): boolean => Object.hasOwn(Object.prototype, id);
