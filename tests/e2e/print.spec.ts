import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { isCanvasKind } from '../../electron/common/charts/kinds';
import { chartsOnPage } from '../../electron/common/charts/registry';
import { formatFigure } from '../../electron/common/format';
import { LANGS, type Lang } from '../../electron/common/i18n/languages';
import { t } from '../../electron/common/i18n/messages';
import { PDF_PRINT } from '../../electron/common/print';
import { EXPORT_DIR } from './export-dir';
import { dataset, expect, isElectron, openPage, test } from './fixtures';
import { pdfImages, pdfPagesText, pdfRasters, squeeze } from './pdf-text';

const PREVIEW_ONLY =
  'The print view is the same page in Electron; its PDF there comes from a hidden window (unit-tested against the mocked shell), and Save as PDF asks for a path in a native dialog Playwright cannot answer.';

/** The print view, drawn, as Save as PDF prints it: same page, same engine (page.pdf is Chromium's printToPDF). */
async function printView(app: Page, lang: Lang): Promise<Buffer> {
  await app.goto(`./?lang=${lang}#/print`);
  await app.waitForFunction(() => document.documentElement.dataset.printReady === 'ready');
  return app.pdf({
    format: PDF_PRINT.pageSize,
    printBackground: PDF_PRINT.printBackground,
    preferCSSPageSize: PDF_PRINT.preferCSSPageSize,
    tagged: PDF_PRINT.tagged,
    outline: PDF_PRINT.outline,
  });
}

/**
 * Whether a page's text layer holds `part`: whole, or wrapped once onto a second line of its cell.
 * pdftotext may put that second line after the row's other columns, so the halves need not touch,
 * but the second comes after the first on the same page: a row cut by the page edge has its second
 * line at the top of the next page, not further down this one.
 */
function onPage(pageText: string, part: string): boolean {
  const page = squeeze(pageText);
  const whole = squeeze(part);
  if (page.includes(whole)) return true;
  for (let at = 2; at <= whole.length - 2; at += 1) {
    const first = page.indexOf(whole.slice(0, at));
    if (first >= 0 && page.indexOf(whole.slice(at), first + at) >= 0) return true;
  }
  return false;
}

/** How many canvases the charts of the report draw, figure by figure (small multiples side by side count once). */
const CHART_FIGURES = dataset.sections.flatMap((s) => chartsOnPage(dataset, s.id)).filter((c) => isCanvasKind(c.build(dataset, 'en').kind)).length;

test.describe('the print view as a PDF', () => {
  for (const lang of LANGS) {
    test(`${lang}: every figure as the article states it, and a header and "page n of N" on every A4 page`, async ({ app }, testInfo) => {
      testInfo.skip(isElectron(testInfo), PREVIEW_ONLY);
      const pdf = await printView(app, lang);
      const pages = pdfPagesText(pdf);
      expect(pages.length).toBeGreaterThan(10);
      const whole = squeeze(pages.join(''));
      const missing = dataset.figures.filter((f) => !whole.includes(squeeze(formatFigure(f, lang)))).map((f) => `${f.id}: ${formatFigure(f, lang)}`);
      expect(missing, 'figures not in the text layer').toEqual([]);
      // Every figure's verbatim quote is there too, in the article's script.
      const unquoted = dataset.figures.filter((f) => !whole.includes(squeeze(f.source.quote ?? ''))).map((f) => f.id);
      expect(unquoted, 'quotes not in the text layer').toEqual([]);
      pages.forEach((text, i) => {
        const page = squeeze(text);
        expect(page, `page ${i + 1}'s header`).toContain(squeeze(t(lang, 'print.header', { area: dataset.meta.area[lang] })));
        expect(page, `page ${i + 1}'s footer`).toContain(squeeze(t(lang, 'print.footer', { page: i + 1, pages: pages.length })));
      });
      // No row is cut by a page edge: in the closing list of every figure, each figure's label, value and
      // quote are on one page.
      const listStart = pages.findIndex((text) => squeeze(text).includes(squeeze(t(lang, 'print.allFiguresLead'))));
      expect(listStart).toBeGreaterThan(0);
      const split = dataset.figures
        .filter((f) => !pages.slice(listStart).some((text) => [f.label[lang], formatFigure(f, lang), f.source.quote ?? ''].every((part) => onPage(text, part))))
        .map((f) => f.id);
      expect(split, 'figures whose row is split across pages').toEqual([]);
      // Each section and the closing lists head a page of their own, in the language.
      for (const section of dataset.sections) expect(whole).toContain(squeeze(section.title[lang]));
      expect(whole).toContain(squeeze(t(lang, 'print.allFigures')));
      expect(whole).toContain(squeeze(t(lang, 'print.derived')));
      // A4 portrait on every page: 595 × 842 points.
      const boxes = [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/gu)].map(
        (m) => `${Math.round(Number(m[1]))}x${Math.round(Number(m[2]))}`,
      );
      expect(new Set(boxes)).toEqual(new Set(['595x842']));
    });
  }

  test('no chart is blank on paper: each chart printed on a page of its own has ink', async ({ app }, testInfo) => {
    testInfo.skip(isElectron(testInfo), PREVIEW_ONLY);
    await app.goto('./?lang=zh-Hant#/print');
    await app.waitForFunction(() => document.documentElement.dataset.printReady === 'ready');
    // Only the charts' canvases are seen, each figure with canvases on a page of its own; no header or footer.
    await app.evaluate(() => {
      const root = document.documentElement;
      root.style.setProperty('--print-header', 'none');
      root.style.setProperty('--print-footer', 'none');
      for (const element of document.querySelectorAll<HTMLElement>('.print-cover, .print-all-figures, .print-derived')) element.style.display = 'none';
      for (const section of document.querySelectorAll<HTMLElement>('.print-section')) section.style.breakBefore = 'auto';
      for (const figure of document.querySelectorAll<HTMLElement>('.print-figure')) {
        if (figure.querySelector('canvas')) figure.style.breakBefore = 'page';
        else figure.style.display = 'none';
      }
      for (const element of document.querySelectorAll<HTMLElement>('body *')) element.style.visibility = 'hidden';
      for (const canvas of document.querySelectorAll<HTMLElement>('canvas')) canvas.style.visibility = 'visible';
    });
    const pdf = await app.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    const ink = pdfRasters(pdf, 24).map((page) => {
      let dark = 0;
      for (const value of page.pixels) if (value < 200) dark++;
      return dark / page.pixels.length;
    });
    const inked = ink.filter((share) => share > 0);
    expect(inked, 'one page with ink per chart').toHaveLength(CHART_FIGURES);
    // A blank canvas prints nothing; a drawn one has bars, lines or slices (the thinnest, a slope's
    // two points and a line, inks about 0.4% of an A4 page at 24 dpi).
    for (const share of inked) expect(share).toBeGreaterThan(0.002);
  });

  test('the charts print as vectors, and the bundled fonts are embedded as subsets', async ({ app }, testInfo) => {
    testInfo.skip(isElectron(testInfo), PREVIEW_ONLY);
    const bytes = await printView(app, 'zh-Hans');
    const pdf = bytes.toString('latin1');
    // No image drawn on any page (the hatch of a target is a pattern's tile, not a page image): each
    // canvas was drawn again while printing and recorded as paths and text.
    expect(pdfImages(bytes)).toEqual([]);
    const fonts = [...pdf.matchAll(/\/BaseFont\s*\/([A-Z]{6}\+[\w-]+)/gu)].map((m) => m[1]);
    expect(fonts.length).toBeGreaterThan(0);
    // The simplified face for the page, and the traditional one for the article's own words.
    for (const font of fonts) expect(font).toMatch(/^[A-Z]{6}\+NotoSansCJK(sc|tc)-(Regular|Bold)$/u);
    expect(fonts.some((font) => font?.includes('NotoSansCJKsc'))).toBe(true);
    expect(pdf).not.toMatch(/\/Subtype\s*\/Type3/u);
  });
});

test.describe('Print and Save as PDF from the header menu', () => {
  test.beforeAll(() => rmSync(EXPORT_DIR, { recursive: true, force: true }));

  test('Save as PDF… writes an A4 PDF of the report and says where', async ({ app }, testInfo) => {
    testInfo.skip(isElectron(testInfo), PREVIEW_ONLY);
    const lang = 'en';
    await openPage(app, 'innovation', lang, false);
    await app
      .locator('.app-header')
      .getByRole('button', { name: t(lang, 'print.menu') })
      .click();
    await app.getByRole('button', { name: t(lang, 'pdf.button') }).click();
    const status = app.getByRole('status');
    await expect(status).toContainText(t(lang, 'pdf.working'));
    await expect(status).toContainText(/Saved Lüyuan-Report-\d{4}-\d{2}-\d{2}-en\.pdf/u, { timeout: 30_000 });
    const name = /Saved (\S+\.pdf)/u.exec((await status.textContent()) ?? '')?.[1] ?? '';
    const path = join(EXPORT_DIR, name);
    expect(existsSync(path)).toBe(true);
    const pdf = readFileSync(path);
    const pages = pdfPagesText(pdf);
    await expect(status).toContainText(t(lang, 'pdf.details', { pages: pages.length }));
    // Bookmarks: Chromium writes the outline only into a tagged PDF, which has a structure tree too.
    expect(pdf.includes('/Outlines'), 'the PDF has an outline (bookmarks)').toBe(true);
    expect(pdf.includes('/StructTreeRoot'), 'the PDF is tagged').toBe(true);
    expect(squeeze(pages[0] ?? '')).toContain(squeeze(t(lang, 'app.title')));
    expect(squeeze(pages.join(''))).toContain(squeeze(formatFigure(dataset.figures[0]!, lang)));
  });

  test('Print… and Ctrl+P lay out the print view and open the print dialog on it, then put it away', async ({ app }, testInfo) => {
    testInfo.skip(isElectron(testInfo), PREVIEW_ONLY);
    // The system dialog cannot be driven: window.print is replaced by a probe of what it would print.
    await app.addInitScript(() => {
      const calls: { charts: number; drawn: number; viewerHidden: boolean }[] = [];
      Object.assign(window, { printCalls: calls });
      window.print = () => {
        const layer = document.querySelector('.print-layer');
        calls.push({
          charts: layer?.querySelectorAll('canvas').length ?? 0,
          drawn: layer?.querySelectorAll('canvas[data-drawn="true"]').length ?? 0,
          viewerHidden: document.documentElement.classList.contains('print-layer-on'),
        });
        window.dispatchEvent(new Event('afterprint'));
      };
    });
    const lang = 'zh-Hans';
    await openPage(app, 'overview', lang, false);
    await app
      .locator('.app-header')
      .getByRole('button', { name: t(lang, 'print.menu') })
      .click();
    await app.getByRole('button', { name: t(lang, 'print.button') }).click();
    const calls = () => app.evaluate(() => (window as unknown as { printCalls: { charts: number; drawn: number; viewerHidden: boolean }[] }).printCalls);
    await expect.poll(async () => (await calls()).length).toBe(1);
    const [first] = await calls();
    expect(first?.charts).toBeGreaterThanOrEqual(CHART_FIGURES);
    expect(first?.drawn).toBe(first?.charts);
    expect(first?.viewerHidden).toBe(true);
    // Closed again after the dialog: the viewer is back as it was.
    await expect(app.locator('.print-layer')).toHaveCount(0);
    await expect(app.locator('html')).not.toHaveClass(/print-layer-on/u);
    await app.keyboard.press('Control+P');
    await expect.poll(async () => (await calls()).length).toBe(2);
  });
});
