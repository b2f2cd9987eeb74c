import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isChange, newer, trailing } from './merge';

describe('live updates', () => {
  it('shows whichever copy of the ticket is newer', () => {
    const v3 = { id: 'a', version: 3, state: 'ACCEPTED' };
    const v4 = { id: 'a', version: 4, state: 'REPLIED' };
    expect(newer(v3, v4)).toBe(v4);
    expect(newer(v4, v3)).toBe(v4);
    expect(newer(v3, v3)).toBe(v3);
    expect(newer(null, v4)).toBe(v4);
    expect(newer(v3, null)).toBe(v3);
    // An update about another ticket (the page moved on) never replaces this one.
    expect(newer(v3, { id: 'b', version: 9, state: 'CLOSED' })).toBe(v3);
  });

  it('treats the first snapshot and a resync as no change', () => {
    expect(isChange('snapshot')).toBe(false);
    expect(isChange('resync')).toBe(false);
    expect(isChange('accepted')).toBe(true);
  });

  describe('bursts', () => {
    beforeEach(() => vi.useFakeTimers());
    afterEach(() => vi.useRealTimers());
    it('reloads once at the end of a burst', () => {
      const fn = vi.fn();
      const t = trailing(fn, 500);
      t.call();
      t.call();
      vi.advanceTimersByTime(100);
      t.call();
      expect(fn).not.toHaveBeenCalled();
      vi.advanceTimersByTime(500);
      expect(fn).toHaveBeenCalledTimes(1);
      t.call();
      t.cancel();
      vi.advanceTimersByTime(1000);
      expect(fn).toHaveBeenCalledTimes(1);
    });
  });
});
