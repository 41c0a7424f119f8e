import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatasetResult } from '../../electron/common/contract';
import { createApi } from '../../electron/services/api';
import { startPreviewServer, type PreviewServer } from '../../electron/preview/server';
import { DATASET_PATH } from './helpers';

let server: PreviewServer;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lvyuan-preview-'));
  mkdirSync(join(dir, 'renderer'));
  writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html><title>test</title>');
  writeFileSync(join(dir, 'secret.txt'), 'outside the renderer');
  server = await startPreviewServer({ rendererDir: join(dir, 'renderer'), api: createApi({ datasetPath: DATASET_PATH }), port: 0 });
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
  });

  it('reports a broken dataset as a message, not a crash', async () => {
    const broken = await startPreviewServer({ rendererDir: join(dir, 'renderer'), api: createApi({ datasetPath: join(dir, 'missing.json') }), port: 0 });
    try {
      const result = (await (await fetch(new URL('/api/getDataset', broken.url), { method: 'POST', body: '[]' })).json()) as DatasetResult;
      expect(result).toEqual({ ok: false, message: expect.stringMatching(/^missing\.json: cannot read the dataset file/u) as unknown });
    } finally {
      await broken.close();
    }
  });
});
