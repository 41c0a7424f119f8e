import { readFileSync } from 'node:fs';
import { formatFigure, formatPeriod } from '../../electron/common/format';
import { LANGS } from '../../electron/common/i18n/languages';
import { TAIWAN_WORDS } from '../../scripts/zh-hans.mjs';
import { dataset, expect, isElectron, openPage, test } from './fixtures';

const PAGES = dataset.sections.map((s) => s.id);
const figureById = new Map(dataset.figures.map((f) => [f.id, f]));

for (const lang of LANGS) {
  test(`every figure appears as chart and as table, with its source, in ${lang}`, async ({ app }, testInfo) => {
    const inTables = new Set<string>();
    for (const page of PAGES) {
      await openPage(app, page, lang, isElectron(testInfo));
      await expect(app.locator('#page-title')).toHaveText(dataset.sections.find((s) => s.id === page)!.label[lang]);
      // Chart view: KPI cards show the figure as the article states it; canvases are labelled for screen readers.
      for (const card of await app.locator('.kpi[data-figure-id]').all()) {
        const figure = figureById.get((await card.getAttribute('data-figure-id'))!)!;
        await expect(card.locator('.kpi-value')).toHaveText(formatFigure(figure, lang));
      }
      for (const canvas of await app.locator('canvas[data-chart]').all()) {
        await expect(canvas).toHaveAttribute('data-drawn', 'true');
        expect((await canvas.getAttribute('aria-label'))!.length).toBeGreaterThan(20);
      }
      // Table view of every figure card on the page.
      const cards = app.locator('article.figure');
      for (let i = 0; i < (await cards.count()); i += 1) {
        const card = cards.nth(i);
        await card.locator('.view-toggle button').nth(1).click();
        // A table of figures, a text panel's topics, or a line saying the article gives no figures.
        await expect(card.locator('.data-table, .table-empty').first()).toBeVisible();
        for (const row of await card.locator('tbody tr[data-figure-id]').all()) {
          const id = (await row.getAttribute('data-figure-id'))!;
          const figure = figureById.get(id)!;
          const cells = await row.locator('td').allTextContents();
          expect(cells[0], id).toBe(formatFigure(figure, lang));
          expect(cells[3], id).toBe(formatPeriod(figure.period, lang));
          expect(cells[5], id).toBe(figure.source.quote);
          inTables.add(id);
        }
        await expect(card.locator('.source-note')).toContainText(dataset.source.author[lang]);
      }
    }
    expect(dataset.figures.map((f) => f.id).filter((id) => !inTables.has(id))).toEqual([]);
  });
}

test('the zh-Hans viewer reads as mainland usage: no Taiwan wording outside the article’s verbatim quotes', async ({ app }, testInfo) => {
  for (const page of PAGES) {
    await openPage(app, page, 'zh-Hans', isElectron(testInfo));
    // Every figure's table too, where the quotes stand in zh-Hant (marked lang="zh-Hant") beside mainland labels.
    for (const toggle of await app.locator('article.figure .view-toggle button:nth-child(2)').all()) await toggle.click();
    const text = await app.evaluate(() => {
      const copy = document.body.cloneNode(true) as HTMLElement;
      for (const verbatim of copy.querySelectorAll('[lang="zh-Hant"]')) verbatim.remove();
      return copy.innerText || copy.textContent || '';
    });
    expect(TAIWAN_WORDS.filter((word) => text.includes(word)), page).toEqual([]);
  }
});

test('targets, expected values and lower bounds are marked apart from actuals', async ({ app }, testInfo) => {
  await openPage(app, 'targets', 'zh-Hant', isElectron(testInfo));
  const card = app.locator('.kpi[data-figure-id="new-national-hte-2026"]');
  await expect(card).toHaveClass(/status-target/u);
  await expect(card.locator('.kpi-value')).toHaveText('30戶以上');
  await expect(app.locator('[data-figure="targets-vs-actuals"] .legend')).toContainText('目標');
  // The derived yearly average is stated under the chart, once, with its formula, never drawn beside a target.
  await expect(app.locator('[data-figure="targets-vs-actuals"] .legend')).not.toContainText('推算');
  await expect(app.locator('[data-figure="targets-vs-actuals"] .figure-notes')).toContainText('94 ÷ 5 = 18.8項');
});

test('the language switch works at run time and is remembered', async ({ app }, testInfo) => {
  await openPage(app, 'overview', 'zh-Hant', isElectron(testInfo));
  await app.locator('.lang-switch button[lang="en"]').click();
  await expect(app.locator('[data-figure-id="gdp-2025"] .kpi-value')).toHaveText('CNY 39.1 bn');
  await expect(app.locator('html')).toHaveAttribute('lang', 'en');
  if (!isElectron(testInfo)) {
    expect(new URL(app.url()).searchParams.get('lang')).toBe('en');
    await app.goto('./#/overview');
    await expect(app.locator('[data-figure-id="gdp-2025"] .kpi-value')).toHaveText('CNY 39.1 bn');
  }
  await app.locator('.lang-switch button[lang="zh-Hans"]').click();
  await expect(app.locator('[data-figure-id="gdp-2025"] .kpi-value')).toHaveText('391亿元');
});

test('the sources panel quotes the article verbatim, and Esc closes it', async ({ app }, testInfo) => {
  await openPage(app, 'pillar', 'en', isElectron(testInfo));
  const card = app.locator('[data-figure="pillar-scale"]');
  await card.getByRole('button', { name: 'Sources' }).click();
  const dialog = app.getByRole('dialog');
  await expect(dialog).toContainText(figureById.get('beef-processing-output')!.source.quote);
  await expect(dialog).toContainText(dataset.source.title['zh-Hant']);
  await expect(dialog).toContainText('Ji Wenxian');
  await app.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('the view toggle and navigation work from the keyboard', async ({ app }, testInfo) => {
  await openPage(app, 'overview', 'en', isElectron(testInfo));
  const toggle = app.locator('[data-figure="gdp-path"] .view-toggle button').nth(1);
  await toggle.focus();
  await app.keyboard.press('Enter');
  await expect(app.locator('[data-figure="gdp-path"] .data-table')).toBeVisible();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await app.locator('.nav a').nth(6).focus();
  await app.keyboard.press('Enter');
  await expect(app.locator('#page-title')).toHaveText('2026 targets');
});

test('downloads every kind of chart as a 2× PNG on white, framed like its card, and its data as CSV with a BOM', async ({ app }, testInfo) => {
  testInfo.skip(isElectron(testInfo), 'In Electron a download opens the native save dialog, which Playwright cannot answer.');
  await openPage(app, 'overview', 'zh-Hant', false);
  // A canvas chart (the slope) and cards (the growth tile): both download as a PNG of the whole card.
  for (const [id, minHeight] of [['gdp-path', 1000], ['gdp-growth', 400]] as const) {
    const card = app.locator(`[data-figure="${id}"]`);
    const [png] = await Promise.all([app.waitForEvent('download'), card.getByRole('button', { name: '下載 PNG' }).click()]);
    expect(png.suggestedFilename()).toBe(`${id}-zh-Hant.png`);
    const pngBytes = readFileSync(await png.path());
    expect(pngBytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(pngBytes.readUInt32BE(16), id).toBe(2400);
    expect(pngBytes.readUInt32BE(20), id).toBeGreaterThan(minHeight);
    const pixels = await app.evaluate(async (base64) => {
      // Decoded in the page without fetch(): the CSP rightly refuses data: connections.
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
      let blue = 0;
      for (let i = 0; i < data.length; i += 4) if (Math.abs(data[i]! - 0) < 30 && Math.abs(data[i + 1]! - 114) < 30 && Math.abs(data[i + 2]! - 178) < 30) blue += 1;
      return { corner: Array.from(ctx.getImageData(3, 3, 1, 1).data), blue };
    }, pngBytes.toString('base64'));
    expect(pixels.corner, id).toEqual([255, 255, 255, 255]);
    // The value is drawn in the actual-value blue, as on screen.
    expect(pixels.blue, id).toBeGreaterThan(200);
  }

  const card = app.locator('[data-figure="gdp-growth"]');
  const [csv] = await Promise.all([app.waitForEvent('download'), card.getByRole('button', { name: '下載 CSV' }).click()]);
  expect(csv.suggestedFilename()).toBe('gdp-growth-zh-Hant.csv');
  const csvBytes = readFileSync(await csv.path());
  expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = csvBytes.toString('utf8');
  expect(text).toContain('gdp-growth-avg,地區生產總值年均增速,7,%,超過,實際');
  expect(text).toContain('年均增速超7%');
  expect(text).toContain('(391 ÷ 299.3) 的5次方根 − 1');
});

