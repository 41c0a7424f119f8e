import { pathToFileURL } from 'node:url';

/**
 * What the app window may load: its own bundled files, and blob:/data: URLs that the page made
 * itself (chart PNGs, CSV downloads). Every http(s), ws, ftp or other file:// URL is refused.
 * `extraFiles` names single files outside the renderer folder that the main process itself loads
 * (the kiosk's static error slide); each is allowed exactly, never its folder.
 */
export function isAllowedUrl(url: string, rendererDir: string, extraFiles: readonly string[] = []): boolean {
  // A blob: URL resolves only inside the page that made it, and only our pages ever load.
  if (url.startsWith('devtools://') || url.startsWith('data:') || url.startsWith('blob:')) return true;
  if (!url.startsWith('file://')) return false;
  const root = pathToFileURL(rendererDir).href;
  const path = url.split(/[?#]/u)[0] ?? '';
  return path === root || path.startsWith(`${root}/`) || extraFiles.some((file) => path === pathToFileURL(file).href);
}

/**
 * The frames allowed to call the Api: only pages of our own bundled renderer. The extra files of
 * isAllowedUrl are deliberately not trusted: they may be shown, never call the Api.
 */
export function isTrustedSender(url: string, rendererDir: string): boolean {
  return url.startsWith('file://') && isAllowedUrl(url, rendererDir);
}
