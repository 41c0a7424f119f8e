import { describe, expect, it, vi } from 'vitest';
import { settledCache } from '../../renderer/src/settled-cache';

/** The renderer's one-request-per-key cache (the data per page scope): asked once, read at once, a failure asked again. */
describe('settledCache', () => {
  it('asks once per key, shares the pending answer, and reads it synchronously once it has come', async () => {
    const fetch = vi.fn((key: string) => Promise.resolve(`answer ${key}`));
    const cache = settledCache(fetch);
    const [a, b] = [cache.request('x'), cache.request('x')];
    expect(a).toBe(b);
    expect(cache.has('x')).toBe(false);
    expect(await a).toBe('answer x');
    expect([cache.has('x'), cache.answer('x')]).toEqual([true, 'answer x']);
    await cache.request('x');
    expect(fetch).toHaveBeenCalledTimes(1);
    await cache.request('y');
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('keeps a failure to be read, but asks afresh on the next request for its key', async () => {
    let calls = 0;
    const cache = settledCache(
      () => Promise.resolve(++calls === 1 ? { ok: false } : { ok: true }),
      (answer) => !answer.ok,
    );
    expect(await cache.request('page')).toEqual({ ok: false });
    expect(cache.answer('page')).toEqual({ ok: false });
    expect(await cache.request('page')).toEqual({ ok: true });
    expect(await cache.request('page')).toEqual({ ok: true });
    expect(calls).toBe(2);
  });
});
