import { APP_HOST, APP_SCHEME, RENDERER_PAGE } from './app-protocol';

/** A URL of the app's own origin, app://lvyuan, exactly: no other host, port or credentials. */
function appPath(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST || parsed.username !== '' || parsed.password !== '') return undefined;
  return parsed.pathname;
}

/**
 * What the app window may load: its own origin, app://lvyuan (which serves only the packaged
 * renderer and the kiosk's error slide: services/app-protocol.ts), and blob:/data: URLs that the
 * page made itself (chart PNGs, CSV downloads). Every file://, http(s), ws, ftp or other URL is refused.
 */
export function isAllowedUrl(url: string): boolean {
  // A blob: URL resolves only inside the page that made it, and only our pages ever load.
  if (url.startsWith('devtools://') || url.startsWith('data:') || url.startsWith('blob:')) return true;
  return appPath(url) !== undefined;
}

/**
 * The frames allowed to call the Api: only the renderer's page on the app's origin. The kiosk's
 * error slide shares the origin but is deliberately not trusted: it may be shown, never call the Api.
 */
export function isTrustedSender(url: string): boolean {
  return appPath(url) === RENDERER_PAGE;
}
