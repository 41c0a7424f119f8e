import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatasetResult, ExportResult, OpenResult } from '../../electron/common/contract';
import { createApi } from '../../electron/services/api';
import { previewExportDir, previewExportHost } from '../../electron/preview/export-host';
import { startPreviewServer, type PreviewServer } from '../../electron/preview/server';
import { fakeHost, fakeKioskHost } from './fake-host';
import { DATASET_PATH } from './helpers';

let server: PreviewServer;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lvyuan-preview-'));
  mkdirSync(join(dir, 'renderer'));
  writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html><title>test</title>');
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
