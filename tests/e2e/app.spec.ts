import { dataset, expect, isElectron, openPage, test } from './fixtures';

test('opens on the overview, with the article’s figures served by the Node services', async ({ app }, testInfo) => {
  await openPage(app, 'overview', 'zh-Hant', isElectron(testInfo));
  await expect(app.getByRole('heading', { level: 1 })).toHaveText(dataset.sections[0]!.label['zh-Hant']);
  await expect(app.locator('[data-figure-id="gdp-2025"] .kpi-value')).toHaveText('391億元');
  await expect(app.locator('[data-figure-id="gdp-2025"] .kpi-detail')).toHaveText('由299.3億元（2020年）');
});

test('has no Node or Electron internals in the page', async ({ app }, testInfo) => {
  await openPage(app, 'overview', 'zh-Hant', isElectron(testInfo));
  const globals = await app.evaluate(() => ({
    require: typeof (globalThis as { require?: unknown }).require,
    process: typeof (globalThis as { process?: unknown }).process,
  }));
  expect(globals).toEqual({ require: 'undefined', process: 'undefined' });
});
