/**
 * Decides whether a crashed presentation is reloaded or given up on. A renderer that dies once a
 * week should come back on its own; one that dies again right after each reload (a bad dataset, a
 * GPU fault) would otherwise flash a blank screen forever, so after too many crashes in a short
 * time the show stops on a static error slide.
 */
export type CrashVerdict = 'reload' | 'give-up';

export type CircuitBreaker = {
  /** Counts a crash at `now` (ms) and says what to do about it. */
  record: (now: number) => CrashVerdict;
  /** Crashes counted in the window ending at the last record, that one included. */
  readonly recent: number;
};

export type CircuitBreakerOptions = {
  /** Reloads allowed within the window; the crash after them gives up. */
  maxReloads: number;
  windowMs: number;
};

export const KIOSK_BREAKER: CircuitBreakerOptions = { maxReloads: 3, windowMs: 5 * 60_000 };

/**
 * A crash counts for windowMs after it happened: one exactly windowMs old has aged out. Only the
 * times inside the window are kept, so memory stays bounded however long the kiosk runs.
 */
export function createCircuitBreaker({ maxReloads, windowMs }: CircuitBreakerOptions = KIOSK_BREAKER): CircuitBreaker {
  let crashes: number[] = [];
  return {
    record(now) {
      crashes = crashes.filter((time) => now - time < windowMs);
      crashes.push(now);
      return crashes.length <= maxReloads ? 'reload' : 'give-up';
    },
    get recent() {
      return crashes.length;
    },
  };
}
