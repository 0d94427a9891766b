import { describe, expect, it } from 'vitest';
import { extendsArray, grownFrom } from './growth';

describe('extendsArray', () => {
  it('follows recorded growth back through several steps', () => {
    const a = [1, 2];
    const b = grownFrom([...a, 3], a);
    const c = grownFrom([...b, 4], b);
    expect(extendsArray(a, c)).toBe(true);
    expect(extendsArray(b, c)).toBe(true);
    expect(extendsArray(c, b)).toBe(false);
  });

  it('compares item by item when no growth was recorded, so an edited copy is never taken for one', () => {
    const a = [{ id: 1 }, { id: 2 }];
    expect(extendsArray(a, [...a, { id: 3 }])).toBe(true);
    // The first item replaced (an answered request), then one added: not an extension of `a`.
    const edited = [{ ...a[0]! }, a[1]!];
    expect(extendsArray(a, grownFrom([...edited, { id: 3 }], edited))).toBe(false);
    expect(extendsArray(a, a)).toBe(false);
    expect(extendsArray(a, [a[0]!])).toBe(false);
  });
});
