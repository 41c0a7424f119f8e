import type { Display } from 'electron';

/**
 * Display N of kiosk.json / --display: 1 is the primary, 2… the others in the order the
 * operating system lists them. A display that is not connected is no reason for a blank kiosk:
 * the show goes on the primary, and `problem` says why.
 */
export function pickDisplay<D extends Pick<Display, 'id' | 'bounds'>>(all: readonly D[], primary: D, n: number): { display: D; problem?: string } {
  const ordered = [primary, ...all.filter((display) => display.id !== primary.id)];
  const chosen = ordered[n - 1];
  if (chosen) return { display: chosen };
  const connected = `${ordered.length} display${ordered.length === 1 ? '' : 's'} connected`;
  return { display: primary, problem: `display ${n} not found (${connected}); using the primary display` };
}
