import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  appUrl,
  KIOSK_ERROR_PAGE,
  MIME_TYPES,
  readAppPath,
  readAppResource,
  resolveAppPath,
  resolveAppUrl,
  type AppRoots,
} from '../../electron/services/app-protocol';

/**
 * The path logic of app://lvyuan (services/app-protocol.ts) against a folder laid out like the
 * packaged app: dist/renderer beside files that must never be served (a secret next to the
 * renderer folder, the dataset under resources/, a folder whose name starts like the renderer's).
 */
let root: string;
let roots: AppRoots;
const SECRET = 'the secret next to the renderer';

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'lvyuan-protocol-'));
  const renderer = join(root, 'dist', 'renderer');
  mkdirSync(join(renderer, 'assets', 'folder.js'), { recursive: true });
  mkdirSync(join(root, 'dist', 'renderer-evil'), { recursive: true });
  mkdirSync(join(root, 'resources', 'dataset'), { recursive: true });
  const files: Record<string, string> = {
    'index.html': '<!doctype html><title>app</title>',
    'assets/index-DM7FF9BV.js': 'console.log(1)',
    'assets/index-DjFXZ4oS.css': 'body{}',
    'assets/lvyuan-sans-tc-400-wbZFM7y1.woff2': 'wOF2',
    'assets/favicon-KglfKne1.png': '\x89PNG',
    'assets/logo.svg': '<svg/>',
    'assets/data.json': '{}',
    'favicon.ico': 'ico',
    'assets/upper.PNG': 'png',
    'assets/notes.exe': 'MZ',
    'assets/noext': 'x',
  };
  for (const [name, content] of Object.entries(files)) writeFileSync(join(renderer, name), content);
  writeFileSync(join(root, 'dist', 'secret.txt'), SECRET);
  writeFileSync(join(root, 'dist', 'renderer-evil', 'x.js'), SECRET);
  writeFileSync(join(root, 'resources', 'dataset', 'data.json'), SECRET);
  writeFileSync(join(root, 'resources', 'kiosk-error.html'), '<!doctype html><title>error</title>');
  // A link inside the folder to a file outside it: lstat sees the link, and it is refused.
  symlinkSync(join(root, 'dist', 'secret.txt'), join(renderer, 'assets', 'link.js'));
  // A link to a folder outside: the file at its end is a regular file, reached through the link.
  symlinkSync(join(root, 'dist'), join(renderer, 'linked'), 'dir');
  // A link that stays inside the folder is refused the same way: no link is followed.
  symlinkSync(join(renderer, 'assets'), join(renderer, 'assets-link'), 'dir');
  roots = { rendererDir: renderer, files: { [KIOSK_ERROR_PAGE]: join(root, 'resources', 'kiosk-error.html') } };
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const get = (url: string, maxBytes?: number) => readAppResource({ url, method: 'GET' }, roots, maxBytes);

describe('app:// URLs', () => {
  it('name the renderer page with its route', () => {
    expect(appUrl('/index.html')).toBe('app://lvyuan/index.html');
    expect(appUrl('/index.html', '/kiosk')).toBe('app://lvyuan/index.html#/kiosk');
    expect(appUrl(KIOSK_ERROR_PAGE)).toBe('app://lvyuan/kiosk-error.html');
  });
});

describe('the files app://lvyuan serves', () => {
  it('serves the renderer folder, ignoring the query and the route', async () => {
    const page = await get('app://lvyuan/index.html?lang=en#/innovation/srdi-tiers');
    expect(page).toMatchObject({ status: 200, type: 'text/html; charset=utf-8' });
    expect(page.status === 200 && page.body.toString()).toBe('<!doctype html><title>app</title>');
    const script = await get('app://lvyuan/assets/index-DM7FF9BV.js');
    expect(script.status === 200 && script.body.toString()).toBe('console.log(1)');
  });

  it('gives each file its type', async () => {
    const types: Record<string, string> = {
      'index.html': 'text/html; charset=utf-8',
      'assets/index-DM7FF9BV.js': 'text/javascript; charset=utf-8',
      'assets/index-DjFXZ4oS.css': 'text/css; charset=utf-8',
      'assets/lvyuan-sans-tc-400-wbZFM7y1.woff2': 'font/woff2',
      'assets/favicon-KglfKne1.png': 'image/png',
      'assets/logo.svg': 'image/svg+xml',
      'assets/data.json': 'application/json; charset=utf-8',
      'favicon.ico': 'image/x-icon',
      'assets/upper.PNG': 'image/png',
    };
    for (const [name, type] of Object.entries(types)) expect(await get(`app://lvyuan/${name}`), name).toMatchObject({ status: 200, type });
    // A file of a type the renderer never has is not served, nor one without a type.
    expect(await get('app://lvyuan/assets/notes.exe')).toMatchObject({ status: 404, reason: 'no known type' });
    expect(await get('app://lvyuan/assets/noext')).toMatchObject({ status: 404, reason: 'no known type' });
    expect(MIME_TYPES['.mjs']).toBe('text/javascript; charset=utf-8');
  });

  it('serves the kiosk error slide at its one path, from its file; nothing else of resources/', async () => {
    const slide = await get('app://lvyuan/kiosk-error.html');
    expect(slide).toMatchObject({ status: 200, type: 'text/html; charset=utf-8' });
    expect(slide.status === 200 && slide.body.toString()).toBe('<!doctype html><title>error</title>');
    for (const url of [
      'app://lvyuan/assets/kiosk-error.html',
      'app://lvyuan/kiosk-error.html/x.html',
      'app://lvyuan/dataset/data.json',
      'app://lvyuan/resources/dataset/data.json',
    ]) {
      expect(await get(url), url).toMatchObject({ status: 404 });
    }
  });

  it('answers 404 for what is missing, a folder, a symbolic link and a file over the size cap', async () => {
    expect(await get('app://lvyuan/missing.js')).toMatchObject({ status: 404, reason: 'no such file' });
    expect(await get('app://lvyuan/assets/folder.js')).toMatchObject({ status: 404, reason: 'not a regular file' });
    expect(await get('app://lvyuan/assets/link.js')).toMatchObject({ status: 404, reason: 'not a regular file' });
    expect(await get('app://lvyuan/linked/secret.txt')).toMatchObject({ status: 404, reason: 'a symbolic link on the way' });
    expect(await get('app://lvyuan/linked/renderer-evil/x.js')).toMatchObject({ status: 404, reason: 'a symbolic link on the way' });
    expect(await get('app://lvyuan/assets-link/index-DM7FF9BV.js')).toMatchObject({ status: 404, reason: 'a symbolic link on the way' });
    expect(await get('app://lvyuan/assets/index-DM7FF9BV.js', 5)).toMatchObject({ status: 404, reason: 'larger than 5 bytes' });
    expect(await get('app://lvyuan/assets/index-DM7FF9BV.js', 14)).toMatchObject({ status: 200 });
    expect(await get('app://lvyuan/')).toMatchObject({ status: 404 });
    expect(await get('app://lvyuan')).toMatchObject({ status: 404 });
  });

  it('answers GET and HEAD only', async () => {
    expect(await readAppResource({ url: 'app://lvyuan/index.html', method: 'HEAD' }, roots)).toMatchObject({ status: 200 });
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS']) {
      expect(await readAppResource({ url: 'app://lvyuan/index.html', method }, roots)).toMatchObject({ status: 405 });
    }
  });
});

describe('the file-name rule on its own', () => {
  // tests/fixtures/app-protocol: hidden files that exist, beside a visible one (see its README).
  const fixture: AppRoots = { rendererDir: join(import.meta.dirname, '..', 'fixtures', 'app-protocol', 'renderer') };

  it('refuses a name that starts with a dot, for that reason, though the file is there', async () => {
    const visible = await readAppResource({ url: 'app://lvyuan/assets/visible.txt', method: 'GET' }, fixture);
    expect(visible).toMatchObject({ status: 200, type: 'text/plain; charset=utf-8' });
    for (const [path, name] of [
      ['/.hidden', '.hidden'],
      ['/assets/.hidden.txt', '.hidden.txt'],
    ] as const) {
      expect(existsSync(join(fixture.rendererDir, path)), path).toBe(true);
      const reason = `path segment ${JSON.stringify(name)} is not a file name`;
      expect(resolveAppUrl(`app://lvyuan${path}`, fixture), path).toEqual({ ok: false, reason });
      expect(resolveAppPath(path, fixture), path).toEqual({ ok: false, reason });
      expect(await readAppResource({ url: `app://lvyuan${path}`, method: 'GET' }, fixture), path).toEqual({ status: 404, reason });
    }
  });
});

describe('no way out of the renderer folder', () => {
  const secretPath = () => join(root, 'dist', 'secret.txt');
  const attacks = (): string[] => [
    // dot segments, plain and percent-encoded (the URL parser folds these into the root)
    'app://lvyuan/../secret.txt',
    'app://lvyuan/assets/../../secret.txt',
    'app://lvyuan/%2e%2e/secret.txt',
    'app://lvyuan/%2E%2E/%2e%2e/secret.txt',
    'app://lvyuan/.%2e/secret.txt',
    'app://lvyuan/../renderer-evil/x.js',
    'app://lvyuan/../../resources/dataset/data.json',
    // encoded slashes: one segment that decodes to a path
    'app://lvyuan/..%2fsecret.txt',
    'app://lvyuan/assets%2f..%2f..%2fsecret.txt',
    'app://lvyuan/%2e%2e%2fsecret.txt',
    'app://lvyuan/%2F..%2Fsecret.txt',
    // backslashes, raw and encoded
    'app://lvyuan/..\\secret.txt',
    'app://lvyuan/assets\\..\\..\\secret.txt',
    'app://lvyuan/..%5csecret.txt',
    'app://lvyuan/..%5Csecret.txt',
    'app://lvyuan/assets%5c..%5c..%5csecret.txt',
    // absolute paths
    `app://lvyuan/${secretPath()}`,
    `app://lvyuan/${encodeURIComponent(secretPath())}`,
    'app://lvyuan//etc/passwd',
    'app://lvyuan/%2fetc%2fpasswd',
    `app:///${secretPath()}`,
    // drive letters and Windows streams
    'app://lvyuan/C:/Windows/win.ini',
    'app://lvyuan/C:%5cWindows%5cwin.ini',
    'app://lvyuan/c%3a/secret.txt',
    'app://lvyuan/index.html::$DATA',
    // NUL, raw and encoded
    'app://lvyuan/index.html%00.png',
    'app://lvyuan/index.html\0.js',
    'app://lvyuan/secret.txt%00',
    // double encoding
    'app://lvyuan/%252e%252e/secret.txt',
    'app://lvyuan/..%252fsecret.txt',
    'app://lvyuan/..%255csecret.txt',
    'app://lvyuan/%25%32%65%25%32%65/secret.txt',
    // bad percent-encoding, hidden files, spaces
    'app://lvyuan/%E0%A4%A.js',
    'app://lvyuan/.secret.txt',
    'app://lvyuan/assets/%20index-DM7FF9BV.js',
    // another host, port or user; another scheme
    'app://evil/index.html',
    'app://lvyuan.evil/index.html',
    'app://LVYUAN.evil/index.html',
    'app://lvyuan:443/index.html',
    'app://lvyuan@evil/index.html',
    'app://x@lvyuan/index.html',
    'app:lvyuan/index.html',
    'https://lvyuan/index.html',
    pathToFileURL(secretPath()).href,
    'not a url',
  ];

  it('answers 404, never a file outside the folder', async () => {
    for (const url of attacks()) {
      const answer = await get(url);
      expect(answer.status, url).toBe(404);
      const resolved = resolveAppUrl(url, roots);
      if (resolved.ok) {
        // Only what URL parsing folds back into the root resolves, and then inside the folder.
        const inside = relative(roots.rendererDir, resolved.file);
        expect(inside.startsWith('..') || isAbsolute(inside), `${url} → ${resolved.file}`).toBe(false);
      }
    }
  });

  it('says why, for the log', () => {
    expect(resolveAppUrl('app://lvyuan/..%2fsecret.txt', roots)).toEqual({ ok: false, reason: 'path segment "../secret.txt" is not a file name' });
    expect(resolveAppUrl('app://lvyuan/..%5csecret.txt', roots)).toEqual({ ok: false, reason: 'path segment "..\\\\secret.txt" is not a file name' });
    expect(resolveAppUrl('app://lvyuan/index.html%00.png', roots)).toEqual({ ok: false, reason: 'path segment "index.html\\u0000.png" is not a file name' });
    expect(resolveAppUrl('app://lvyuan/%252e%252e/secret.txt', roots)).toEqual({ ok: false, reason: 'path segment "%2e%2e" is not a file name' });
    expect(resolveAppUrl('app://lvyuan/C:/Windows/win.ini', roots)).toEqual({ ok: false, reason: 'path segment "C:" is not a file name' });
    expect(resolveAppUrl('app://lvyuan//etc/passwd', roots)).toEqual({ ok: false, reason: 'path segment "" is not a file name' });
    expect(resolveAppUrl('app://evil/index.html', roots)).toEqual({ ok: false, reason: 'another host' });
    expect(resolveAppUrl('file:///etc/passwd', roots)).toEqual({ ok: false, reason: 'not the app: scheme' });
    expect(resolveAppUrl('app://lvyuan/%E0%A4%A.js', roots)).toEqual({ ok: false, reason: 'bad percent-encoding' });
    // Folded by the URL parser into /secret.txt: inside the folder, where there is no such file.
    expect(resolveAppUrl('app://lvyuan/%2e%2e/secret.txt', roots)).toEqual({
      ok: true,
      file: join(roots.rendererDir, 'secret.txt'),
      type: 'text/plain; charset=utf-8',
    });
  });

  it('has one set of path rules: resolveAppPath (which the preview server uses) answers as resolveAppUrl after the origin', async () => {
    let compared = 0;
    for (const url of [
      ...attacks(),
      'app://lvyuan/index.html',
      'app://lvyuan/assets/index-DM7FF9BV.js',
      'app://lvyuan/kiosk-error.html',
      'app://lvyuan/assets/link.js',
    ]) {
      let parsed: URL;
      try {
        parsed = new URL(url);
      } catch {
        continue;
      }
      if (parsed.protocol !== 'app:' || parsed.host !== 'lvyuan' || parsed.username !== '') continue;
      expect(resolveAppPath(parsed.pathname, roots), url).toEqual(resolveAppUrl(url, roots));
      expect(await readAppPath(parsed.pathname, roots), url).toEqual(await get(url));
      compared += 1;
    }
    expect(compared).toBeGreaterThan(30);
    // A path is the URL's, from its leading slash.
    expect(resolveAppPath('index.html', roots)).toEqual({ ok: false, reason: 'not an absolute path' });
    expect(await readAppPath('/assets/index-DM7FF9BV.js', roots, 5)).toEqual({ status: 404, reason: 'larger than 5 bytes' });
  });
});
