import type { Display, Rectangle } from 'electron';

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

/**
 * A display was unplugged mid-show: the display the show moves to, or undefined when the show was
 * not on it (or no display is left). The primary, as at start-up when display N is missing; when
 * the primary itself went and the operating system has not named a new one yet, the first left.
 */
export function displayAfterRemoval<D extends Pick<Display, 'id' | 'bounds'>>(
  remaining: readonly D[],
  primary: D,
  removedId: number,
  showingOn: number | undefined,
): D | undefined {
  if (removedId !== showingOn) return undefined;
  const left = remaining.filter((display) => display.id !== removedId);
  return left.find((display) => display.id === primary.id) ?? left[0];
}

/**
 * The viewer's place to go back to, if it was on the display that went: the same size (no larger
 * than the new display), at that display's top left corner. Otherwise unchanged.
 */
export function boundsAfterRemoval(bounds: Rectangle, removed: Rectangle, to: Rectangle): Rectangle {
  const centreX = bounds.x + bounds.width / 2;
  const centreY = bounds.y + bounds.height / 2;
  const wasOn = centreX >= removed.x && centreX < removed.x + removed.width && centreY >= removed.y && centreY < removed.y + removed.height;
  if (!wasOn) return bounds;
  return { x: to.x, y: to.y, width: Math.min(bounds.width, to.width), height: Math.min(bounds.height, to.height) };
}

/**
 * A Wayland session runs Electron natively (since Electron 38), where a window cannot place itself:
 * setBounds and setPosition are not supported, so a chosen display (and the move after a display is
 * unplugged) is silently ignored. The kiosk machine should start the app with --ozone-platform=x11
 * (XWayland), which app.commandLine cannot set once the app is running. Says so in one line where a
 * display other than the primary is asked for on Wayland without it; undefined otherwise.
 */
export function waylandDisplayWarning(n: number, env: NodeJS.ProcessEnv, argv: readonly string[], platform: NodeJS.Platform): string | undefined {
  if (platform !== 'linux' || n === 1) return undefined;
  const wayland = env.XDG_SESSION_TYPE === 'wayland' || (env.WAYLAND_DISPLAY ?? '') !== '';
  const x11 = argv.some((arg) => arg === '--ozone-platform=x11') || argv.some((arg, i) => arg === '--ozone-platform' && argv[i + 1] === 'x11');
  if (!wayland || x11) return undefined;
  return `[kiosk] display ${n} was asked for, but on Wayland a window cannot place itself: start the app with --ozone-platform=x11`;
}
