/** Minutes since midnight for "HH:MM". */
function minutes(hhmm: string): number {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

/**
 * Is `now` (local time) inside the daily blank window? A window may run past midnight (22:00 to
 * 07:00); from equal to to means never.
 */
export function isBlankTime(now: Date, window: { from: string; to: string } | null): boolean {
  if (!window) return false;
  const at = now.getHours() * 60 + now.getMinutes();
  const from = minutes(window.from);
  const to = minutes(window.to);
  if (from === to) return false;
  return from < to ? at >= from && at < to : at >= from || at < to;
}

/**
 * The burn-in shift for step n: a slow walk round a square of side 2 × max pixels, so every
 * pixel edge moves and the picture never drifts off centre by more than `max`.
 */
export function pixelShift(step: number, max: number): { x: number; y: number } {
  if (max <= 0) return { x: 0, y: 0 };
  const path = [
    [0, 0],
    [1, 0],
    [1, 1],
    [0, 1],
    [-1, 1],
    [-1, 0],
    [-1, -1],
    [0, -1],
    [1, -1],
  ] as const;
  const [x, y] = path[((step % path.length) + path.length) % path.length] ?? [0, 0];
  return { x: x * max, y: y * max };
}
