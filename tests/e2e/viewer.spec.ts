import { readFileSync } from 'node:fs';
import { chartById, chartsOnPage } from '../../electron/common/charts/registry';
import { formatFigure, formatPeriod } from '../../electron/common/format';
import { LANGS, type Lang } from '../../electron/common/i18n/languages';
import { t } from '../../electron/common/i18n/messages';
import { chartSourceLine, primarySource } from '../../electron/common/sources';
import { TAIWAN_WORDS } from '../../scripts/zh-hans.mjs';
import { dataset, expect, isElectron, openPage, test } from './fixtures';

const PAGES = dataset.sections.map((s) => s.id);
const figureById = new Map(dataset.figures.map((f) => [f.id, f]));

/** A chart as the app builds it from the report's spec: its words come from the report file. */
function model(id: string, lang: Lang) {
  const chart = chartById(dataset, id);
  if (!chart) throw new Error(`the report has no chart ${id}`);
  return chart.build(dataset, lang);
}

for (const lang of LANGS) {
  test(`every figure appears as chart and as table, with its source, in ${lang}`, async ({ app }, testInfo) => {
    const inTables = new Set<string>();
    for (const page of PAGES) {
      await openPage(app, page, lang, isElectron(testInfo));
      await expect(app.locator('#page-title')).toHaveText(dataset.sections.find((s) => s.id === page)!.title[lang]);
      // The page's charts, in the report's order, each titled as its spec says.
      const onPage = chartsOnPage(dataset, page).map((c) => c.id);
      await expect.poll(() => app.locator('article.figure').evaluateAll((els) => els.map((el) => el.getAttribute('data-figure')))).toEqual(onPage);
      for (const id of onPage) await expect(app.locator(`[data-figure="${id}"]`)).toContainText(model(id, lang).title);
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
        // The sources its figures come from, as the report names them.
        const id = (await card.getAttribute('data-figure'))!;
        await expect(card.locator('.source-note')).toContainText(chartSourceLine(dataset, model(id, lang), lang, 'figure'));
        await expect(card.locator('.source-note')).toContainText(primarySource(dataset).author![lang]);
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
    expect(
      TAIWAN_WORDS.filter((word) => text.includes(word)),
      page,
    ).toEqual([]);
  }
});

test('targets, expected values and lower bounds are marked apart from actuals', async ({ app }, testInfo) => {
  await openPage(app, 'targets', 'zh-Hant', isElectron(testInfo));
  // The 2026 targets are one list of cards, each read against the latest actual of its measure where the article has one.
  expect(chartsOnPage(dataset, 'targets').map((c) => c.id)).toEqual(['targets-list']);
  const targets = model('targets-list', 'zh-Hant');
  const points = targets.series[0]!.points;
  const cards = app.locator('[data-figure="targets-list"] .kpi');
  await expect(cards).toHaveCount(points.length);
  const card = app.locator('.kpi[data-figure-id="new-national-hte-2026"]');
  await expect(card).toHaveClass(/status-target/u);
  await expect(card.locator('.kpi-value')).toHaveText('30戶以上');
  await expect(card.locator('.status')).toHaveText(t('zh-Hant', 'status.target'));
  const read = points.find((p) => p?.figureId === 'sci-tech-plan-projects-2026')!;
  expect(read.detail).toBe(t('zh-Hant', 'chart.latestActual', { value: '24項', period: '2024年' }));
  await expect(app.locator('.kpi[data-figure-id="sci-tech-plan-projects-2026"] .kpi-detail')).toHaveText(read.detail!);
  // Every card on the page is a target: none is an actual, and nothing is derived beside them.
  for (const point of points) await expect(app.locator(`.kpi[data-figure-id="${point!.figureId}"]`)).toHaveClass(/status-target/u);
  await expect(app.locator('main .status-derived, main .status-actual')).toHaveCount(0);
  await expect(app.locator('[data-figure="targets-list"] .figure-notes')).toContainText(targets.notes[0]!);

  // An expected value is marked as such, apart from the actuals beside it.
  await openPage(app, 'pillar', 'zh-Hant', isElectron(testInfo));
  const expected = app.locator('.kpi[data-figure-id="auto-parts-output-2025"]');
  await expect(expected).toHaveClass(/status-expected/u);
  await expect(expected.locator('.status')).toHaveText(t('zh-Hant', 'status.expected'));
  // …beside actuals of the same chart, which carry no such mark.
  const actuals = app.locator('[data-figure="pillar-scale"] .kpi.status-actual');
  expect(await actuals.count()).toBeGreaterThan(0);
  for (const actual of await actuals.all()) await expect(actual.locator('.status')).toHaveCount(0);
});

test('a figure whose period basis the article leaves unstated says so on its card', async ({ app }, testInfo) => {
  const unstated = dataset.figures.filter((f) => f.basis === 'unstated');
  expect(unstated.map((f) => f.id)).toContain('tech-achievements-transferred');
  await openPage(app, 'innovation', 'zh-Hant', isElectron(testInfo));
  const card = app.locator('.kpi[data-figure-id="tech-achievements-transferred"]');
  await expect(card.locator('.kpi-value')).toHaveText('94項');
  await expect(card.locator('.kpi-detail')).toContainText(t('zh-Hant', 'figure.basisUnstated'));
  // A figure whose basis is stated says nothing of the kind.
  for (const other of await app.locator('.kpi[data-figure-id]').all()) {
    const figure = figureById.get((await other.getAttribute('data-figure-id'))!)!;
    if (figure.basis !== 'unstated') await expect(other, figure.id).not.toContainText(t('zh-Hant', 'figure.basisUnstated'));
  }
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
  await expect(dialog).toContainText(figureById.get('beef-processing-output')!.source.quote ?? '');
  await expect(dialog).toContainText(primarySource(dataset).title['zh-Hant']);
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
  for (const [id, minHeight] of [
    ['gdp-path', 1000],
    ['gdp-growth', 400],
  ] as const) {
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
      for (let i = 0; i < data.length; i += 4)
        if (Math.abs(data[i]! - 0) < 30 && Math.abs(data[i + 1]! - 114) < 30 && Math.abs(data[i + 2]! - 178) < 30) blue += 1;
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
