import { readFileSync } from 'node:fs';
import type { Dataset } from '../../electron/common/dataset';
import { expect, openRoute, test } from './fixtures';

const dataset = JSON.parse(readFileSync('resources/dataset/lvyuan-2025.json', 'utf8')) as Dataset;

test('opens on the article and its dataset, served by the Node services', async ({ app }, testInfo) => {
  await openRoute(app, '', testInfo.project.name === 'electron');
  await expect(app.getByRole('heading', { level: 1 })).toHaveText(dataset.source.title['zh-Hant']);
  await expect(app.getByText(`${dataset.figures.length} 項數據`)).toBeVisible();
});

test('has no Node or Electron internals in the page', async ({ app }, testInfo) => {
  await openRoute(app, '', testInfo.project.name === 'electron');
  const globals = await app.evaluate(() => ({
    require: typeof (globalThis as { require?: unknown }).require,
    process: typeof (globalThis as { process?: unknown }).process,
  }));
  expect(globals).toEqual({ require: 'undefined', process: 'undefined' });
});
