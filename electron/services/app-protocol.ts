import { lstat, readFile, realpath } from 'node:fs/promises';
import { extname, isAbsolute, join, relative } from 'node:path';

/**
 * The app's own origin, app://lvyuan: the main process serves the packaged renderer from it
 * (electron/main/app-protocol.ts registers the scheme and hands each request to readAppResource).
 * Plain Node here, so that the path logic is tested without Electron.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'lvyuan';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** The renderer's one page; each view is a route in its hash (#/overview, #/kiosk). */
export const RENDERER_PAGE = '/index.html';
/** The kiosk's static error slide, served from resources/kiosk-error.html: that one file, at this one path. */
export const KIOSK_ERROR_PAGE = '/kiosk-error.html';

/** No file of the renderer comes near this (the bundle is ~0.5 MB, each font ~150 KB). */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;

/** A URL of the app's origin: appUrl('/index.html', '/kiosk') is app://lvyuan/index.html#/kiosk. */
export function appUrl(path: string, route?: string, query?: Readonly<Record<string, string>>): string {
  const search = query === undefined ? '' : `?${new URLSearchParams(query).toString()}`;
  return `${APP_ORIGIN}${path}${search}${route === undefined ? '' : `#${route}`}`;
}

/** The types the renderer's files come in; a file of any other type is not served. */
export const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
};

/**
 * Where the origin's files come from: the packaged renderer folder (dist/renderer), and single
 * files at fixed paths (KIOSK_ERROR_PAGE → resources/kiosk-error.html), each that file only.
 */
export type AppRoots = {
  rendererDir: string;
  files?: Readonly<Record<string, string>>;
};

export type Resolved = { ok: true; file: string; type: string } | { ok: false; reason: string };

/**
 * One path segment as Vite names the renderer's files (index-DM7FF9BV.js, assets): letters, digits,
 * '.', '_' and '-', not starting with a dot. Everything a traversal needs falls outside it: '..'
 * and '.', '/' or '\' (decoded from %2f or %5c), NUL, '%' (what is left of double encoding), ':'
 * (drive letters, Windows streams), empty segments (//), spaces.
 */
const SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/u;

const refuse = (reason: string): Resolved => ({ ok: false, reason });

/** The file an app:// URL names, or why none. Query and hash are the page's own (?lang=, #/route). */
export function resolveAppUrl(url: string, roots: AppRoots): Resolved {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return refuse('not a URL');
  }
  if (parsed.protocol !== `${APP_SCHEME}:`) return refuse(`not the ${APP_SCHEME}: scheme`);
  // host, not hostname: a port (app://lvyuan:80) is another origin too.
  if (parsed.host !== APP_HOST || parsed.username !== '' || parsed.password !== '') return refuse('another host');
  return resolveAppPath(parsed.pathname, roots);
}

/**
 * The file a URL's path names, or why none: the path as URL.pathname gives it, still
 * percent-encoded, each segment decoded here once. What resolveAppUrl does after the origin, and
 * what the preview server (electron/preview/server.ts) does for its own origin.
 */
export function resolveAppPath(pathname: string, roots: AppRoots): Resolved {
  if (pathname.length > 512) return refuse('path too long');
  if (!pathname.startsWith('/')) return refuse('not an absolute path');
  const segments: string[] = [];
  for (const encoded of pathname.split('/').slice(1)) {
    let segment: string;
    try {
      segment = decodeURIComponent(encoded);
    } catch {
      return refuse('bad percent-encoding');
    }
    if (!SEGMENT.test(segment)) return refuse(`path segment ${JSON.stringify(segment)} is not a file name`);
    segments.push(segment);
  }
  const type = MIME_TYPES[extname(segments.at(-1) ?? '').toLowerCase()];
  if (type === undefined) return refuse('no known type');

  const fixed = roots.files?.[`/${segments.join('/')}`];
  if (fixed !== undefined) return { ok: true, file: fixed, type };

  const file = join(roots.rendererDir, ...segments);
  // Belt and braces: the segment rule already keeps every path inside the folder.
  const inside = relative(roots.rendererDir, file);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return refuse('outside the renderer folder');
  return { ok: true, file, type };
}

/** A file of the origin, or why not (a 404 either way). */
export type AppFile = { status: 200; type: string; body: Buffer } | { status: 404; reason: string };
export type AppResource = AppFile | { status: 405; reason: string };

/**
 * The answer to one request of the app's origin: a regular file of at most maxBytes, or 404 for
 * anything missing, outside, of an unknown type, a folder, a symbolic link (or a file reached
 * through a linked folder) or too large.
 * The reason is for the log; the page sees only the status.
 */
export async function readAppResource(request: { url: string; method: string }, roots: AppRoots, maxBytes = MAX_FILE_BYTES): Promise<AppResource> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return { status: 405, reason: `method ${request.method}` };
  return readResolved(resolveAppUrl(request.url, roots), roots, maxBytes);
}

/** The file a URL path names (resolveAppPath), read under the same rules as readAppResource. */
export function readAppPath(pathname: string, roots: AppRoots, maxBytes = MAX_FILE_BYTES): Promise<AppFile> {
  return readResolved(resolveAppPath(pathname, roots), roots, maxBytes);
}

/**
 * Whether a file of the renderer folder is reached without following a link: lstat looks at the
 * last name only, and a folder on the way (assets → /somewhere) may be a link too. The fixed files
 * of `roots` are the app's own choice, wherever they are, and not checked.
 */
async function noLinkOnTheWay(file: string, rendererDir: string): Promise<boolean> {
  const inside = relative(rendererDir, file);
  if (inside.startsWith('..') || isAbsolute(inside)) return true;
  return (await realpath(file)) === join(await realpath(rendererDir), inside);
}

async function readResolved(resolved: Resolved, roots: AppRoots, maxBytes: number): Promise<AppFile> {
  if (!resolved.ok) return { status: 404, reason: resolved.reason };
  try {
    // lstat: a symbolic link is not followed out of the folder, it is refused.
    const info = await lstat(resolved.file);
    if (!info.isFile()) return { status: 404, reason: 'not a regular file' };
    if (!(await noLinkOnTheWay(resolved.file, roots.rendererDir))) return { status: 404, reason: 'a symbolic link on the way' };
    if (info.size > maxBytes) return { status: 404, reason: `larger than ${maxBytes} bytes` };
    const body = await readFile(resolved.file);
    // The file may have grown between the two calls.
    if (body.length > maxBytes) return { status: 404, reason: `larger than ${maxBytes} bytes` };
    return { status: 200, type: resolved.type, body };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { status: 404, reason: code === 'ENOENT' ? 'no such file' : `unreadable (${code ?? 'error'})` };
  }
}
