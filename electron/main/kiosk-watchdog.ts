/**
 * A renderer that hangs (a script in an endless loop, a wedged GPU) never dies, so the circuit
 * breaker never hears of it and the lobby screen stays frozen on one slide. Chromium says
 * 'unresponsive' after a few seconds without an answer and 'responsive' if the page recovers; a hang
 * that lasts HANG_LIMIT_MS is given up on (onHang), which the caller turns into a crash and a reload.
 */
export const HANG_LIMIT_MS = 30_000;

export type HangWatchdog = {
  /** Starts the count, unless it is already running: a repeated 'unresponsive' does not extend it. */
  unresponsive: () => void;
  /** The page answers again, or is gone, or the show ended: nothing to give up on. */
  stop: () => void;
};

export function createHangWatchdog(onHang: () => void, limitMs = HANG_LIMIT_MS): HangWatchdog {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    unresponsive() {
      timer ??= setTimeout(() => {
        timer = undefined;
        onHang();
      }, limitMs);
    },
    stop() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    },
  };
}
