import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatasetResult, ExportResult, OpenResult } from '../../electron/common/contract';
import { createApi } from '../../electron/services/api';
import { MAX_FILE_BYTES, MIME_TYPES } from '../../electron/services/app-protocol';
import { previewExportDir, previewExportHost } from '../../electron/preview/export-host';
import { parsePreviewArgs, startPreviewServer, type PreviewServer } from '../../electron/preview/server';
import { fakeHost, fakeKioskHost, fakePrinter } from './fake-host';
import { DATASET_PATH, ROOT } from './helpers';

const FAVICON = join(ROOT, 'resources', 'icons', 'favicon.png');

let server: PreviewServer;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lvyuan-preview-'));
  mkdirSync(join(dir, 'renderer'));
  // As Vite writes it: the icon under its hashed name, linked from index.html.
  writeFileSync(
    join(dir, 'renderer', 'index.html'),
    '<!doctype html><link rel="icon" type="image/png" sizes="64x64" href="./assets/favicon-Ab12.png" /><title>test</title>',
  );
  mkdirSync(join(dir, 'renderer', 'assets'));
  writeFileSync(join(dir, 'renderer', 'assets', 'favicon-Ab12.png'), readFileSync(FAVICON));
  writeFileSync(join(dir, 'secret.txt'), 'outside the renderer');
  // Files the app:// rules refuse (services/app-protocol.ts), which the preview follows too.
  symlinkSync(join(dir, 'secret.txt'), join(dir, 'renderer', 'assets', 'escape.txt'));
  symlinkSync(dir, join(dir, 'renderer', 'escape-folder'), 'dir');
  writeFileSync(join(dir, 'renderer', 'assets', 'module.mjs'), 'export {}');
  writeFileSync(join(dir, 'renderer', 'assets', 'notes.exe'), 'MZ');
  writeFileSync(join(dir, 'renderer', '.hidden.txt'), 'a hidden file');
  // Sparse: as large as the cap, and one byte over it, without writing 32 MB.
  writeFileSync(join(dir, 'renderer', 'assets', 'at-cap.js'), '');
  truncateSync(join(dir, 'renderer', 'assets', 'at-cap.js'), MAX_FILE_BYTES);
  writeFileSync(join(dir, 'renderer', 'assets', 'over-cap.js'), '');
  truncateSync(join(dir, 'renderer', 'assets', 'over-cap.js'), MAX_FILE_BYTES + 1);
  const host = previewExportHost(join(dir, 'exports'));
  server = await startPreviewServer({
    rendererDir: join(dir, 'renderer'),
    api: createApi({ datasetPath: DATASET_PATH, host, kiosk: fakeKioskHost(), print: fakePrinter() }),
    port: 0,
  });
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

/** An Api call as the page makes it: JSON, from the preview's own origin. */
const post = (path: string, body: string) =>
  fetch(new URL(path, server.url), {
    method: 'POST',
    body,
    headers: { 'Content-Type': 'application/json', Origin: server.url.slice(0, -1), 'Sec-Fetch-Site': 'same-origin' },
  });

/** A request with headers fetch() will not let a caller set (Host), or leaves out (Origin). */
function raw(method: string, path: string, headers: Record<string, string>, body = ''): Promise<{ status: number; text: string }> {
  const { port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers: { ...headers, 'Content-Length': Buffer.byteLength(body) } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Bytes on a socket, as a client that does not speak HTTP properly sends them; resolves with the status line. */
function rawSocket(bytes: string): Promise<string> {
  const { port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1', () => socket.write(bytes));
    let answer = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => (answer += chunk));
    socket.setTimeout(2000, () => socket.destroy());
    socket.on('close', () => resolve(answer));
    socket.on('error', reject);
  });
}

describe('preview server', () => {
  it('listens on loopback only', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/u);
  });

  it('serves the renderer with a strict Content-Security-Policy', async () => {
    const response = await fetch(server.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await response.text()).toContain('<title>test</title>');
  });

  it('answers /favicon.ico with the icon that index.html links, as a PNG', async () => {
    for (const method of ['GET', 'HEAD']) {
      const response = await fetch(new URL('/favicon.ico', server.url), { method });
      expect(response.status, method).toBe(200);
      expect(response.headers.get('content-type'), method).toBe('image/png');
      if (method === 'GET') expect(Buffer.from(await response.arrayBuffer()).equals(readFileSync(FAVICON))).toBe(true);
    }
    const linked = await fetch(new URL('/assets/favicon-Ab12.png', server.url));
    expect(linked.status).toBe(200);
  });

  it('has a small square PNG favicon made from the app icon, linked from the renderer', () => {
    expect(readFileSync(join(ROOT, 'renderer', 'index.html'), 'utf8')).toMatch(
      /<link rel="icon" type="image\/png" sizes="64x64" href="\.\.\/resources\/icons\/favicon\.png" \/>/u,
    );
    const png = readFileSync(FAVICON);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    // IHDR: width and height, big-endian, at bytes 16 and 20.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([64, 64]);
    expect(png.length).toBeLessThan(8 * 1024);
  });

  it('refuses paths outside the renderer folder: dot segments, plain and encoded, encoded slashes and backslashes', async () => {
    const { port } = new URL(server.url);
    // Sent as written (fetch() would fold the dot segments before sending).
    const attacks = [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/%2E%2E/%2e%2e/secret.txt',
      '/.%2e/secret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e%2fsecret.txt',
      '/assets%2f..%2f..%2fsecret.txt',
      '/..\\secret.txt',
      '/..%5csecret.txt',
      '/%252e%252e/secret.txt',
      `/${encodeURIComponent(join(dir, 'secret.txt'))}`,
      `http://127.0.0.1:${port}/%2e%2e/%2e%2e/secret.txt`,
    ];
    for (const path of attacks) {
      const response = await raw('GET', path, { Host: `127.0.0.1:${port}` });
      expect(response.status, path).toBe(404);
      expect(response.text, path).toMatch(/^Not found: /u);
      expect(response.text, path).not.toContain('outside the renderer');
    }
    // What the rules themselves refuse, before looking for a file, says so.
    expect((await raw('GET', '/..%2fsecret.txt', { Host: `127.0.0.1:${port}` })).text).toContain('(path segment "../secret.txt" is not a file name)');
    expect((await raw('GET', '/%252e%252e/secret.txt', { Host: `127.0.0.1:${port}` })).text).toContain('(path segment "%2e%2e" is not a file name)');
    // Dot segments the URL parser folds land inside the folder, where there is no secret.txt.
    expect((await raw('GET', '/%2e%2e/secret.txt', { Host: `127.0.0.1:${port}` })).text).toContain('(no such file)');
  });

  it('reads files by the app:// rules: a symbolic link out of the folder (to a file or a folder), a hidden file, an unknown type and a file over the size cap are 404', async () => {
    const refused: [string, string][] = [
      ['/assets/escape.txt', 'not a regular file'],
      ['/escape-folder/secret.txt', 'a symbolic link on the way'],
      ['/.hidden.txt', 'path segment ".hidden.txt" is not a file name'],
      ['/assets/notes.exe', 'no known type'],
      ['/assets/over-cap.js', `larger than ${MAX_FILE_BYTES} bytes`],
      ['/assets', 'no known type'],
    ];
    for (const [path, reason] of refused) {
      const response = await fetch(new URL(path, server.url));
      expect(response.status, path).toBe(404);
      const text = await response.text();
      expect(text, path).toBe(`Not found: "${path}" (${reason})`);
      expect(text, path).not.toContain('outside the renderer');
    }
    // The cap itself is allowed; the same types as app://.
    const atCap = await fetch(new URL('/assets/at-cap.js', server.url));
    expect(atCap.status).toBe(200);
    expect((await atCap.arrayBuffer()).byteLength).toBe(MAX_FILE_BYTES);
    const module = await fetch(new URL('/assets/module.mjs', server.url));
    expect(module.status).toBe(200);
    expect(module.headers.get('content-type')).toBe(MIME_TYPES['.mjs']);
    expect((await fetch(new URL('/index.html', server.url))).headers.get('content-type')).toBe(MIME_TYPES['.html']);
  });

  it('answers only requests addressed to itself: Host 127.0.0.1:<port> or localhost:<port> (DNS rebinding)', async () => {
    const { port } = new URL(server.url);
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LOCALHOST:${port}`]) {
      expect((await raw('GET', '/', { Host: host })).status, host).toBe(200);
    }
    for (const host of [
      `evil.example:${port}`,
      '127.0.0.1',
      `127.0.0.1:${Number(port) + 1}`,
      `localhost.evil.example:${port}`,
      `[::1]:${port}`,
      `127.0.0.1:${port}@evil.example`,
    ]) {
      const page = await raw('GET', '/', { Host: host });
      expect(page.status, host).toBe(403);
      expect(page.text, host).toMatch(/^Forbidden: this server answers only to 127\.0\.0\.1:\d+ and localhost:\d+\n?$/u);
      const call = await raw('POST', '/api/exportWorkbook', { Host: host, 'Content-Type': 'application/json' }, '["en"]');
      expect(call.status, host).toBe(403);
    }
    // The absolute form of a request target names a host too.
    expect(await rawSocket(`GET http://evil.example:${port}/ HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`)).toMatch(/^HTTP\/1\.1 403 /u);
    expect(await rawSocket(`GET http://localhost:${port}/ HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`)).toMatch(/^HTTP\/1\.1 200 /u);
    expect(existsSync(join(dir, 'exports')) ? readdirSync(join(dir, 'exports')) : []).toEqual([]);
  });

  it('refuses an Api call from another origin (CSRF), and writes nothing', async () => {
    const { port } = new URL(server.url);
    const host = `127.0.0.1:${port}`;
    const refused: Record<string, string>[] = [
      // The attack as it stands today: a "simple" cross-origin POST needs no preflight.
      { Origin: 'http://evil.example', 'Content-Type': 'text/plain' },
      { Origin: 'http://evil.example', 'Content-Type': 'application/json' },
      { Origin: 'null', 'Content-Type': 'application/json' },
      // Another port on 127.0.0.1 is another origin, though the same site.
      { Origin: `http://127.0.0.1:${Number(port) + 1}`, 'Content-Type': 'application/json' },
      { Origin: `https://127.0.0.1:${port}`, 'Content-Type': 'application/json' },
      { 'Sec-Fetch-Site': 'cross-site', 'Content-Type': 'application/json' },
      { 'Sec-Fetch-Site': 'same-site', 'Content-Type': 'application/json' },
      { Origin: `http://${host}`, 'Sec-Fetch-Site': 'cross-site', 'Content-Type': 'application/json' },
    ];
    for (const headers of refused) {
      const response = await raw('POST', '/api/exportWorkbook', { Host: host, ...headers }, '["en"]');
      expect(response.status, JSON.stringify(headers)).toBe(403);
      expect(response.text.trim().split('\n'), JSON.stringify(headers)).toHaveLength(1);
      expect(response.text, JSON.stringify(headers)).toMatch(/^Forbidden: /u);
    }
    expect(existsSync(join(dir, 'exports')) ? readdirSync(join(dir, 'exports')) : []).toEqual([]);
  });

  it('takes Api calls only as JSON: a form or a text/plain body from any page is refused (415)', async () => {
    const { port } = new URL(server.url);
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', '']) {
      const response = await raw('POST', '/api/getDataset', { Host: `127.0.0.1:${port}`, ...(type === '' ? {} : { 'Content-Type': type }) }, '[]');
      expect(response.status, type).toBe(415);
      expect(response.text, type).toMatch(/^Unsupported: an Api call is a JSON body \(Content-Type: application\/json\)\n?$/u);
    }
  });

  it("answers its own page's calls, from either of its names, and calls without Origin (curl, scripts)", async () => {
    const { port } = new URL(server.url);
    for (const name of ['127.0.0.1', 'localhost']) {
      const headers = {
        Host: `${name}:${port}`,
        Origin: `http://${name}:${port}`,
        'Sec-Fetch-Site': 'same-origin',
        'Content-Type': 'application/json; charset=utf-8',
      };
      expect((await raw('POST', '/api/getKioskSettings', headers, '[]')).status, name).toBe(200);
    }
    expect((await raw('POST', '/api/getKioskSettings', { Host: `127.0.0.1:${port}`, 'Content-Type': 'application/json' }, '[]')).status).toBe(200);
  });

  it('answers a malformed request with 400 and one line, and keeps serving', async () => {
    const { port } = new URL(server.url);
    const host = `Host: 127.0.0.1:${port}\r\n`;
    const malformed = [
      `GET http://[ HTTP/1.1\r\n${host}\r\n`,
      `GET //[ HTTP/1.1\r\n${host}\r\n`,
      `GET http://a:99999/ HTTP/1.1\r\n${host}\r\n`,
      `GET /%E0%A4%A HTTP/1.1\r\n${host}\r\n`,
      `GET /% HTTP/1.1\r\n${host}\r\n`,
      `GET /assets/%ff.js HTTP/1.1\r\n${host}\r\n`,
      `GET /%00 HTTP/1.1\r\n${host}\r\n`,
      `GET * HTTP/1.1\r\n${host}\r\n`,
      `POST /api/getDataset%zz HTTP/1.1\r\n${host}Content-Type: application/json\r\nContent-Length: 2\r\n\r\n[]`,
      `GET / HTTP/1.1\r\n${host}X-Broken\r\n\r\n`,
      `\u0000\u0001\u0002 nonsense\r\n\r\n`,
      `GET / HTTP/1.1\r\n${host}X-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
    ];
    for (const bytes of malformed) {
      const answer = await rawSocket(bytes);
      const what = JSON.stringify(bytes.slice(0, 40));
      expect(answer, what).toMatch(/^HTTP\/1\.1 400 /u);
      const body = answer.split('\r\n\r\n')[1] ?? '';
      expect(body.trim().split('\n'), what).toHaveLength(1);
      expect(body.length, what).toBeLessThan(200);
      // Still serving.
      expect((await fetch(server.url)).status, `after ${what}`).toBe(200);
    }
  });

  it('names a bad body plainly, without echoing it', async () => {
    const notJson = await post('/api/openExported', `{${'x'.repeat(100_000)}`);
    expect(notJson.status).toBe(400);
    expect(((await notJson.json()) as { error: string }).error).toBe('the request body is not JSON');
    const tooBig = await post('/api/getDataset', `[${' '.repeat(2 * 1024 * 1024)}]`);
    expect(tooBig.status).toBe(413);
    const longName = await post(`/api/${'a'.repeat(5000)}`, '[]');
    expect(longName.status).toBe(404);
    expect(((await longName.json()) as { error: string }).error.length).toBeLessThan(200);
  });

  it('answers the Api over POST /api/<method>', async () => {
    const response = await post('/api/getDataset', '[]');
    const result = (await response.json()) as DatasetResult;
    expect(result.ok && result.dataset.figures.find((f) => f.id === 'gdp-2025')?.value).toBe(391);
  });

  it('names an unknown method and bad arguments', async () => {
    const unknown = await post('/api/deleteEverything', '[]');
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ error: 'Unknown Api method "deleteEverything"' });
    const bad = await post('/api/getDataset', '["surprise"]');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toMatch(/^Invalid arguments for getDataset/u);
    const badLang = await post('/api/exportWorkbook', '["fr"]');
    expect(badLang.status).toBe(400);
    expect(((await badLang.json()) as { error: string }).error).toMatch(/^Invalid arguments for exportWorkbook/u);
    const notJson = await post('/api/openExported', '{');
    expect(notJson.status).toBe(400);
  });

  it('exports into its folder under the offered name, and says that opening needs the desktop app', async () => {
    const exported = (await (await post('/api/exportWorkbook', '["zh-Hans"]')).json()) as ExportResult;
    if (!exported.ok) throw new Error(`export failed: ${JSON.stringify(exported)}`);
    expect(exported.path).toBe(join(dir, 'exports', exported.fileName));
    expect(exported.fileName).toMatch(/^绿园统计报告-\d{4}-\d{2}-\d{2}-zh-Hans\.xlsx$/u);
    expect(readFileSync(exported.path).subarray(0, 2).toString('latin1')).toBe('PK');
    for (const action of ['open', 'reveal']) {
      const opened = (await (await post('/api/openExported', JSON.stringify([exported.path, action, 'en']))).json()) as OpenResult;
      expect(opened).toEqual({ ok: false, message: `Opening files is only available in the desktop app. The workbook was saved as ${exported.path}` });
    }
  }, 60_000);

  it('saves into LVYUAN_EXPORT_DIR, else a folder in the temp dir', () => {
    expect(previewExportDir({ LVYUAN_EXPORT_DIR: '/srv/out' })).toBe('/srv/out');
    expect(previewExportDir({})).toBe(join(tmpdir(), 'lvyuan-exports'));
  });

  it('reports a broken dataset as a message, not a crash', async () => {
    const broken = await startPreviewServer({
      rendererDir: join(dir, 'renderer'),
      api: createApi({ datasetPath: join(dir, 'missing.json'), host: fakeHost(), kiosk: fakeKioskHost(), print: fakePrinter() }),
      port: 0,
    });
    try {
      const result = (await (
        await fetch(new URL('/api/getDataset', broken.url), { method: 'POST', body: '[]', headers: { 'Content-Type': 'application/json' } })
      ).json()) as DatasetResult;
      expect(result).toEqual({ ok: false, message: expect.stringMatching(/^missing\.json: cannot read the dataset file/u) as unknown });
    } finally {
      await broken.close();
    }
  });
});

describe('npm run preview arguments', () => {
  it('takes --port N, 4173 by default', () => {
    expect(parsePreviewArgs([])).toEqual({ ok: true, port: 4173 });
    expect(parsePreviewArgs(['--port', '0'])).toEqual({ ok: true, port: 0 });
    expect(parsePreviewArgs(['--port=65535'])).toEqual({ ok: true, port: 65535 });
  });

  it('takes --dataset FILE, a report file to show instead of the bundled one', () => {
    expect(parsePreviewArgs(['--dataset', 'r.json', '--port', '0'])).toEqual({ ok: true, port: 0, dataset: 'r.json' });
  });

  it.each([
    ['--colour', ['--colour'], 'unknown option "--colour"'],
    ['a positional', ['4173'], 'unexpected argument "4173"'],
    ['--port alone', ['--port'], '--port needs a value'],
    ['--port --colour', ['--port', '--colour'], '--port needs a value'],
    ['--port 65536', ['--port', '65536'], '--port must be a whole number from 0 to 65535, not "65536"'],
    ['an empty --port', ['--port', ''], '--port must be a whole number from 0 to 65535, not ""'],
    ['--port " 80"', ['--port', ' 80'], '--port must be a whole number from 0 to 65535, not " 80"'],
    ['a 100 KB --port', ['--port', 'x'.repeat(100_000)], /^--port must be a whole number from 0 to 65535, not "x{40}…" \(100000 characters\)$/u],
    ['a 100 KB option', [`--${'y'.repeat(100_000)}`], /^unknown option "--y{38}…" \(100002 characters\)$/u],
    ['--dataset alone', ['--dataset'], '--dataset needs a value'],
  ])('refuses %s with one short line (instead of a stack trace)', (_what, argv, problem) => {
    const result = parsePreviewArgs(argv);
    if (result.ok) throw new Error('accepted');
    const [, said] = /^preview: (.*) \(usage: npm run preview \[-- --port N\] \[--dataset FILE\.json\]\)$/u.exec(result.message) ?? [];
    if (typeof problem === 'string') expect(said).toBe(problem);
    else expect(said).toMatch(problem);
    expect(result.message.length).toBeLessThan(200);
  });
});
