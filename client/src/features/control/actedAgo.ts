// "acted 3 min ago": how long since a seat last had a command accepted, in whole units.
export type Ago = { readonly unit: 'now' } | { readonly unit: 'min' | 'h'; readonly count: number };

export function agoOf(at: string, now: number): Ago {
  const minutes = Math.floor((now - Date.parse(at)) / 60_000);
  if (minutes < 1) return { unit: 'now' };
  if (minutes < 60) return { unit: 'min', count: minutes };
  return { unit: 'h', count: Math.floor(minutes / 60) };
}
