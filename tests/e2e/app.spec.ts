import { chartById } from '../../electron/common/charts/registry';
import type { Dataset } from '../../electron/common/dataset';
import { dataset, expect, isElectron, openPage, test } from './fixtures';

/** The line under the GDP card, as the report's overview-kpis chart words it, built as the app builds it. */
function gdpDetail(): string | undefined {
  const model = chartById(dataset, 'overview-kpis')?.build(dataset, 'zh-Hant');
  return model?.series.flatMap((series) => series.points).find((point) => point?.figureId === 'gdp-2025')?.detail;
}

test('opens on the overview, with the article’s figures served by the Node services', async ({ app }, testInfo) => {
  await openPage(app, 'overview', 'zh-Hant', isElectron(testInfo));
  await expect(app.getByRole('heading', { level: 1 })).toHaveText(dataset.sections[0]!.title['zh-Hant']);
  await expect(app.locator('[data-figure-id="gdp-2025"] .kpi-value')).toHaveText('391億元');
  const detail = gdpDetail();
  // The report's words, with the 2020 figure and its year filled in from its data.
  expect(detail).toMatch(/^\p{Script=Han}299\.3億元（2020年）$/u);
  await expect(app.locator('[data-figure-id="gdp-2025"] .kpi-detail')).toHaveText(detail!);
});

test('has no Node or Electron internals in the page', async ({ app }, testInfo) => {
  await openPage(app, 'overview', 'zh-Hant', isElectron(testInfo));
  const globals = await app.evaluate(() => ({
    require: typeof (globalThis as { require?: unknown }).require,
    process: typeof (globalThis as { process?: unknown }).process,
  }));
  expect(globals).toEqual({ require: 'undefined', process: 'undefined' });
});

test('a viewer page receives only the figures its charts show; Print… asks for the whole dataset', async ({ app }, testInfo) => {
  test.skip(isElectron(testInfo), 'Api calls are IPC in Electron, not requests; the chromium project sees them on the wire.');
  const asked: { method: string; figures: number }[] = [];
  app.on('response', (response) => {
    const method = /\/api\/(getPage|getDataset)$/u.exec(response.url())?.[1];
    if (method) void response.json().then((body: { dataset?: Dataset }) => asked.push({ method, figures: body.dataset?.figures.length ?? -1 }));
  });
  await openPage(app, 'overview', 'en', false);
  await expect(app.locator('[data-figure-id="gdp-2025"] .kpi-value')).toHaveText('CNY 39.1 bn');
  await expect.poll(() => asked.find((a) => a.method === 'getPage')?.figures ?? 0).toBeGreaterThan(0);
  const first = asked.find((a) => a.method === 'getPage');
  expect(first?.figures).toBeLessThan(dataset.figures.length / 3);
  expect(asked.map((a) => a.method)).not.toContain('getDataset');

  // The other pages' parts come in the background, ready for the next page.
  await expect.poll(() => asked.filter((a) => a.method === 'getPage').length).toBe(dataset.sections.length);
  await app.evaluate(() => {
    location.hash = '#/targets';
  });
  await expect(app.getByRole('heading', { level: 1 })).toHaveText(dataset.sections.find((s) => s.id === 'targets')!.title.en);

  await app.evaluate(() => {
    window.print = () => undefined;
  });
  await app.keyboard.press('Control+p');
  await expect.poll(() => asked.find((a) => a.method === 'getDataset')?.figures).toBe(dataset.figures.length);
});

test('Print… says so when the dataset cannot be read, and prints on the next try', async ({ app }, testInfo) => {
  test.skip(isElectron(testInfo), 'The failure is made by answering the preview’s HTTP request; in Electron the Api is IPC.');
  await openPage(app, 'overview', 'en', false);
  await app.evaluate(() => {
    const probe = window as unknown as { printed: number };
    probe.printed = 0;
    window.print = () => {
      probe.printed += 1;
      window.dispatchEvent(new Event('afterprint'));
    };
  });
  await app.route('**/api/getDataset', (route) =>
    route.fulfill({ status: 500, contentType: 'application/json', body: JSON.stringify({ error: 'lvyuan-2025.json: is not valid JSON (line 1)' }) }),
  );
  await app.keyboard.press('Control+p');
  const alert = app.locator('.export-error');
  await expect(alert).toContainText('Nothing was printed');
  await expect(alert.locator('.export-message')).toHaveText('lvyuan-2025.json: is not valid JSON (line 1)');
  expect(await app.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(0);

  await app.unroute('**/api/getDataset');
  await alert.getByRole('button').click();
  await app.keyboard.press('Control+p');
  await expect.poll(() => app.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
});

test('moving to a page whose part is still on its way keeps the header and navigation up', async ({ app }, testInfo) => {
  test.skip(isElectron(testInfo), 'The answer is held back on the preview’s HTTP request; in Electron the Api is IPC.');
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await app.route('**/api/getPage', async (route) => {
    if (route.request().postData()?.includes('targets')) await held;
    await route.continue();
  });
  await openPage(app, 'overview', 'en', false);
  await app.evaluate(() => {
    location.hash = '#/targets';
  });
  await expect(app.locator('main .status-line')).toHaveText('Loading...');
  await expect(app.getByRole('navigation').getByRole('link', { name: '2026 targets' })).toHaveAttribute('aria-current', 'page');
  await expect(app.locator('.app-header')).toBeVisible();
  release();
  await expect(app.getByRole('heading', { level: 1 })).toHaveText(dataset.sections.find((s) => s.id === 'targets')!.title.en);
});
