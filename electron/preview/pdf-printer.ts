import type { Browser, Page } from 'playwright-core';
import { PDF_PRINT, PRINT_READY_ATTRIBUTE, PRINT_ROUTE, printQuery } from '../common/print';
import type { PdfPrinter } from '../services/pdf/export';

/** Debian's Chromium, where this machine has it; LVYUAN_CHROMIUM names another. */
export function previewChromium(env: NodeJS.ProcessEnv = process.env): string {
  return env.LVYUAN_CHROMIUM ?? '/usr/bin/chromium';
}

const READY_TIMEOUT_MS = 30_000;

export type PreviewPrinter = { print: PdfPrinter; close: () => Promise<void> };

/**
 * Save as PDF in the preview: the same print view, printed by the same engine as Electron's
 * printToPDF (headless Chromium, through Playwright), from the preview's own address. The browser
 * and its one page start on the first PDF and stay for the next, as Electron keeps its hidden
 * window; each PDF loads the print view afresh in its language. (Unloading it to about:blank once
 * printed made the next PDF about 0.5 s slower: the page then needs a new renderer process.)
 */
export function previewPrinter(origin: () => string, executablePath = previewChromium()): PreviewPrinter {
  let page: Promise<Page> | undefined;
  let browser: Browser | undefined;
  let jobs = 0;

  async function open(): Promise<Page> {
    const { chromium } = await import('playwright-core');
    try {
      browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
    } catch (error) {
      throw new Error(
        `Save as PDF in the preview needs Chromium at ${executablePath} (set LVYUAN_CHROMIUM to use another): ${error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)}`,
        { cause: error },
      );
    }
    return browser.newPage();
  }

  async function reset(): Promise<void> {
    page = undefined;
    const running = browser;
    browser = undefined;
    await running?.close().catch(() => undefined);
  }

  return {
    async print(lang) {
      page ??= open();
      try {
        const current = await page;
        jobs += 1;
        await current.goto(`${origin()}/?${new URLSearchParams(printQuery(lang, jobs)).toString()}#${PRINT_ROUTE}`);
        // A locator, not a script: the page's CSP forbids the eval a polled expression would need.
        const root = current.locator(`html[${PRINT_READY_ATTRIBUTE}]`);
        await root.waitFor({ state: 'attached', timeout: READY_TIMEOUT_MS });
        const state = (await root.getAttribute(PRINT_READY_ATTRIBUTE)) ?? '';
        if (state !== 'ready') throw new Error(`The print view could not be drawn: ${state.replace(/^error:?\s*/u, '')}`);
        const pdf = await current.pdf({
          format: PDF_PRINT.pageSize,
          printBackground: PDF_PRINT.printBackground,
          preferCSSPageSize: PDF_PRINT.preferCSSPageSize,
          tagged: PDF_PRINT.tagged,
          outline: PDF_PRINT.outline,
        });
        return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
      } catch (error) {
        // A browser that failed to start, or a page that failed, is not reused.
        await reset();
        throw error;
      }
    },
    close: reset,
  };
}
