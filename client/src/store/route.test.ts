import { describe, expect, it } from 'vitest';
import { extractCode } from './homeSlice';
import { controlKeyFromHash, controlLink, parseRoute } from './route';
import { groupSeats } from './selectors';
import { makeView } from '../test/fakeTransport';

describe('parseRoute', () => {
  it.each([
    ['/', { name: 'home' }],
    ['/x/ABC234', { name: 'exercise', code: 'ABC234' }],
    ['/x/abc234/', { name: 'exercise', code: 'ABC234' }],
    ['/x/ABC10', { name: 'notFound', path: '/x/ABC10' }],
    ['/nowhere', { name: 'notFound', path: '/nowhere' }],
  ])('%s', (path, route) => expect(parseRoute(path)).toEqual(route));
});

describe('control links', () => {
  it('round-trip the key through the fragment', () => {
    const link = controlLink('http://wall:2567', 'ABC234', 'a+b/c=');
    expect(link.startsWith('http://wall:2567/x/ABC234#control=')).toBe(true);
    expect(controlKeyFromHash(new URL(link).hash)).toBe('a+b/c=');
    expect(controlKeyFromHash('')).toBeNull();
  });

  it('a pasted join link gives its code', () => {
    expect(extractCode('http://wall:2567/x/ABC234')).toBe('ABC234');
    expect(extractCode(' ABC 234 ')).toBe('ABC234');
  });
});

describe('groupSeats', () => {
  it('orders groups chair first and drops empty kinds', () => {
    expect(groupSeats(makeView().seats).map((g) => g.kind)).toEqual([
      'control',
      'secretaryGeneral',
      'saceur',
      'ally',
      'red',
      'observer',
    ]);
  });
});
