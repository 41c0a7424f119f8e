import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { chartsOf, chartsOnPage } from '../../electron/common/charts/registry';
import type { Dataset } from '../../electron/common/dataset';
import { formatFigure } from '../../electron/common/format';
import { LANGS } from '../../electron/common/i18n/languages';
import { PDF_PRINT } from '../../electron/common/print';
import { parseDataset } from '../../electron/services/dataset';
import { expect, isElectron, test } from './fixtures';
import { pdfPagesText, squeeze } from './pdf-text';
import { SECOND_REPORT, SECOND_REPORT_URL } from './second-report';

/**
 * The proof that a report is a file: a second report, hand-written from another article (Ningde,
 * Fujian; Simplified Chinese; some charts written, the rest proposed by the grammar), served by a
 * second preview (`npm run preview -- --dataset FILE`) and drawn on every surface with no code of its own.
 */
const ELECTRON_SKIP = 'The desktop app opens another report with File → Open report (the open-and-update issue); the preview serves it here.';

function loaded(): Dataset {
  const load = parseDataset(JSON.parse(readFileSync(SECOND_REPORT, 'utf8')), 'ningde-2021.json');
  if (!load.ok) throw new Error(load.message);
  return load.dataset;
}
const report = loaded();

async function open(app: Page, hash: string, lang: string): Promise<void> {
  await app.goto(`${SECOND_REPORT_URL}?lang=${lang}${hash}`);
}

for (const lang of LANGS) {
  test(`the second report: every page, chart, card and table in ${lang}`, async ({ app }, testInfo) => {
    testInfo.skip(isElectron(testInfo), ELECTRON_SKIP);
    for (const section of report.sections) {
      await open(app, `#/${section.id}`, lang);
      await app.waitForFunction((id) => document.documentElement.dataset.drawnPage === id, section.id);
      await expect(app.locator('#page-title')).toHaveText(section.title[lang]);
      await expect(app.locator('nav.nav a')).toHaveText(report.sections.map((s) => s.title[lang]));
      const charts = chartsOnPage(report, section.id);
      await expect
        .poll(() => app.locator('article.figure').evaluateAll((els) => els.map((el) => el.getAttribute('data-figure'))))
        .toEqual(charts.map((c) => c.id));
      await expect(app.locator('.figure-error')).toHaveCount(0);
      for (const chart of charts) await expect(app.locator(`[data-figure="${chart.id}"] h2`)).toHaveText(chart.build(report, lang).title);
      for (const card of await app.locator('.kpi[data-figure-id]').all()) {
        const id = await card.getAttribute('data-figure-id');
        const figure = report.figures.find((f) => f.id === id);
        expect(figure).toBeDefined();
        if (figure) await expect(card.locator('.kpi-value')).toHaveText(formatFigure(figure, lang));
      }
      for (const canvas of await app.locator('canvas[data-chart]').all()) await expect(canvas).toHaveAttribute('data-drawn', 'true');
      // The table of each chart: every figure with its quote, verbatim in the article's script.
      for (const card of await app.locator('article.figure').all()) {
        await card.locator('.view-toggle button').nth(1).click();
        for (const row of await card.locator('tbody tr[data-figure-id]').all()) {
          const id = await row.getAttribute('data-figure-id');
          const figure = report.figures.find((f) => f.id === id);
          if (figure) expect((await row.locator('td').allTextContents())[5]).toBe(figure.source.quote);
        }
        await expect(card.locator('.source-note')).toContainText(report.meta.sources[0]?.title[lang] ?? '');
      }
    }
  });
}

test('the second report: a chart downloads as a PNG', async ({ app }, testInfo) => {
  testInfo.skip(isElectron(testInfo), ELECTRON_SKIP);
  await open(app, '#/overview', 'zh-Hans');
  await app.waitForFunction(() => document.documentElement.dataset.drawnPage === 'overview');
  const card = app.locator('[data-figure="ningde-gdp-path"]');
  const [download] = await Promise.all([app.waitForEvent('download'), card.locator('.downloads button').first().click()]);
  expect(download.suggestedFilename()).toBe('ningde-gdp-path-zh-Hans.png');
  const path = await download.path();
  expect(readFileSync(path).subarray(1, 4).toString('latin1')).toBe('PNG');
});

test('the second report: the kiosk shows every chart as a slide', async ({ app }, testInfo) => {
  testInfo.skip(isElectron(testInfo), ELECTRON_SKIP);
  await open(app, '#/kiosk', 'en');
  const root = app.locator('.kiosk-root');
  await expect(root).toHaveAttribute('data-slide', chartsOf(report)[0]?.id ?? '');
  const seen: string[] = [];
  for (const chart of chartsOf(report)) {
    await expect(root).toHaveAttribute('data-slide', chart.id);
    await expect(app.locator('.kiosk-slide')).toContainText(chart.build(report, 'en').title);
    await expect(app.locator('.kiosk-slide')).toContainText(report.meta.area.en);
    seen.push(chart.id);
    await app.keyboard.press('ArrowRight');
  }
  expect(seen).toHaveLength(chartsOf(report).length);
});

for (const lang of LANGS) {
  test(`the second report: the print view as a PDF in ${lang}`, async ({ app }, testInfo) => {
    testInfo.skip(isElectron(testInfo), ELECTRON_SKIP);
    await open(app, '#/print', lang);
    await app.waitForFunction(() => document.documentElement.dataset.printReady === 'ready');
    const pdf = await app.pdf({
      format: PDF_PRINT.pageSize,
      printBackground: PDF_PRINT.printBackground,
      preferCSSPageSize: PDF_PRINT.preferCSSPageSize,
      outline: PDF_PRINT.outline,
    });
    const whole = squeeze(pdfPagesText(pdf).join(''));
    const missing = report.figures.filter((f) => !whole.includes(squeeze(formatFigure(f, lang)))).map((f) => f.id);
    expect(missing, 'figures not in the text layer').toEqual([]);
    for (const chart of chartsOf(report)) expect(whole).toContain(squeeze(chart.build(report, lang).title));
    expect(whole).toContain(squeeze(report.meta.sources[0]?.title[lang] ?? ''));
  });
}
