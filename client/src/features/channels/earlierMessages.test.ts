import { describe, expect, it } from 'vitest';
import type { ChannelView } from '@council/shared';
import { message } from '../../test/channelsFixture';
import { followWindow, stillEarlier, withPage, type EarlierMessages } from './earlierMessages';

const range = (from: number, to: number) =>
  Array.from({ length: to - from }, (_, i) => message(`m${from + i}`));
const nac = (earlier: number, length: number): ChannelView =>
  ({ id: 'nac', earlier, messages: range(earlier, earlier + length) }) as unknown as ChannelView;
const ids = (e: EarlierMessages | null) => e?.messages.map((m) => m.id);

describe('paging back through a channel', () => {
  it('a page lands in front of the window, the next in front of that', () => {
    const view = nac(200, 150);
    const one = withPage(null, view, { earlier: 100, messages: range(100, 200) });
    expect(one?.start).toBe(100);
    const two = withPage(one, view, { earlier: 0, messages: range(0, 100) });
    expect(ids(two)).toEqual(range(0, 200).map((m) => m.id));
    expect(stillEarlier(two, view)).toBe(0);
    expect(stillEarlier(null, view)).toBe(200);
  });

  it('a page that no longer meets what is held (the view moved meanwhile) is dropped', () => {
    const view = nac(200, 150);
    expect(withPage(null, view, { earlier: 50, messages: range(50, 150) })).toBeNull();
  });

  it('when the window moves a page forward, the messages it leaves join the paged-in ones', () => {
    const before = nac(200, 199);
    const held = withPage(null, before, { earlier: 100, messages: range(100, 200) });
    const after = nac(300, 100);
    const followed = followWindow(held, before, after);
    expect(ids(followed)).toEqual(range(100, 300).map((m) => m.id));
    // Nothing changes while the window stays where it was.
    expect(followWindow(followed, after, nac(300, 101))).toBe(followed);
  });

  it('another channel, or a window that jumped back (a rollback), drops what was paged in', () => {
    const before = nac(200, 150);
    const held = withPage(null, before, { earlier: 100, messages: range(100, 200) });
    expect(followWindow(held, before, { ...nac(0, 10), id: 'military' } as ChannelView)).toBeNull();
    expect(followWindow(held, before, nac(100, 150))).toBeNull();
  });
});
