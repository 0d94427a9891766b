// How a section may keep work between calls. The pure view passes nothing and builds every part
// afresh; the cached view (cache/cachedView.ts) passes a keeper that holds parts by the identity of
// the immutable state slices they were built from, so a value kept is the value a fresh build gives.

/** The value built for `key` from `owners` (state slices compared by identity), built once. */
export type Keep = <T>(owners: readonly object[], key: string, build: () => T) => T;

/** Keeps nothing: every call builds afresh. */
export const KEEP_NOTHING: Keep = (_owners, _key, build) => build();
