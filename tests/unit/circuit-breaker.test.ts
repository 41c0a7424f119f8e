import { describe, expect, it } from 'vitest';
import { createCircuitBreaker, KIOSK_BREAKER } from '../../electron/common/kiosk/circuit-breaker';

const MIN = 60_000;

describe('the crash-reload circuit breaker', () => {
  it('is 3 reloads in 5 minutes', () => {
    expect(KIOSK_BREAKER).toEqual({ maxReloads: 3, windowMs: 5 * MIN });
  });

  it('reloads after the first 3 crashes in 5 minutes and gives up on the 4th', () => {
    const breaker = createCircuitBreaker();
    expect(breaker.record(0)).toBe('reload');
    expect(breaker.recent).toBe(1);
    expect(breaker.record(1 * MIN)).toBe('reload');
    expect(breaker.record(2 * MIN)).toBe('reload');
    expect(breaker.recent).toBe(3);
    // The first crash is 4:59.999 old: still inside the window.
    expect(breaker.record(5 * MIN - 1)).toBe('give-up');
    expect(breaker.recent).toBe(4);
  });

  it('lets a crash age out exactly 5 minutes after it happened', () => {
    const breaker = createCircuitBreaker();
    breaker.record(0);
    breaker.record(1 * MIN);
    breaker.record(2 * MIN);
    // The crash at 0 is exactly 5 minutes old and no longer counts: 3 in the window, reload.
    expect(breaker.record(5 * MIN)).toBe('reload');
    expect(breaker.recent).toBe(3);
  });

  it('reloads again once the crashes are older than the window, even after giving up', () => {
    const breaker = createCircuitBreaker();
    for (const at of [0, 1000, 2000]) expect(breaker.record(at)).toBe('reload');
    expect(breaker.record(3000)).toBe('give-up');
    expect(breaker.record(4000)).toBe('give-up');
    expect(breaker.record(4000 + 5 * MIN)).toBe('reload');
    expect(breaker.recent).toBe(1);
  });

  it('gives up on the 4th of 4 crashes at the same instant', () => {
    const breaker = createCircuitBreaker();
    expect([1, 2, 3, 4].map(() => breaker.record(42))).toEqual(['reload', 'reload', 'reload', 'give-up']);
  });

  it('takes other limits', () => {
    const breaker = createCircuitBreaker({ maxReloads: 1, windowMs: 10 });
    expect(breaker.record(0)).toBe('reload');
    expect(breaker.record(9)).toBe('give-up');
    expect(breaker.record(19)).toBe('reload');
  });
});
