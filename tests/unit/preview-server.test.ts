import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatasetResult, ExportResult, OpenResult } from '../../electron/common/contract';
import { createApi } from '../../electron/services/api';
import { previewExportDir, previewExportHost } from '../../electron/preview/export-host';
import { startPreviewServer, type PreviewServer } from '../../electron/preview/server';
import { fakeHost, fakeKioskHost } from './fake-host';
import { DATASET_PATH, ROOT } from './helpers';

const FAVICON = join(ROOT, 'resources', 'icons', 'favicon.png');

let server: PreviewServer;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lvyuan-preview-'));
  mkdirSync(join(dir, 'renderer'));
  // As Vite writes it: the icon under its hashed name, linked from index.html.
  writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html><link rel="icon" type="image/png" sizes="64x64" href="./assets/favicon-Ab12.png" /><title>test</title>');
  mkdirSync(join(dir, 'renderer', 'assets'));
  writeFileSync(join(dir, 'renderer', 'assets', 'favicon-Ab12.png'), readFileSync(FAVICON));
  writeFileSync(join(dir, 'secret.txt'), 'outside the renderer');
  const host = previewExportHost(join(dir, 'exports'));
  server = await startPreviewServer({ rendererDir: join(dir, 'renderer'), api: createApi({ datasetPath: DATASET_PATH, host, kiosk: fakeKioskHost() }), port: 0 });
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const post = (path: string, body: string) => fetch(new URL(path, server.url), { method: 'POST', body });

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
    expect(readFileSync(join(ROOT, 'renderer', 'index.html'), 'utf8')).toMatch(/<link rel="icon" type="image\/png" sizes="64x64" href="\.\.\/resources\/icons\/favicon\.png" \/>/u);
    const png = readFileSync(FAVICON);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    // IHDR: width and height, big-endian, at bytes 16 and 20.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([64, 64]);
    expect(png.length).toBeLessThan(8 * 1024);
  });

  it('refuses paths outside the renderer folder', async () => {
    const response = await fetch(new URL('/..%2fsecret.txt', server.url));
    expect([403, 404]).toContain(response.status);
    expect(await response.text()).not.toContain('outside the renderer');
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
    const badLang = await post('/api/exportReport', '["fr"]');
    expect(badLang.status).toBe(400);
    expect(((await badLang.json()) as { error: string }).error).toMatch(/^Invalid arguments for exportReport/u);
    const notJson = await post('/api/openExported', '{');
    expect(notJson.status).toBe(400);
  });

  it('exports into its folder under the offered name, and says that opening needs the desktop app', async () => {
    const exported = (await (await post('/api/exportReport', '["zh-Hans"]')).json()) as ExportResult;
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
    const broken = await startPreviewServer({ rendererDir: join(dir, 'renderer'), api: createApi({ datasetPath: join(dir, 'missing.json'), host: fakeHost(), kiosk: fakeKioskHost() }), port: 0 });
    try {
      const result = (await (await fetch(new URL('/api/getDataset', broken.url), { method: 'POST', body: '[]' })).json()) as DatasetResult;
      expect(result).toEqual({ ok: false, message: expect.stringMatching(/^missing\.json: cannot read the dataset file/u) as unknown });
    } finally {
      await broken.close();
    }
  });
});
