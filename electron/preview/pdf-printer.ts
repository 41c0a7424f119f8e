import type { Browser } from 'playwright-core';
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
 * starts on the first PDF and stays for the next; each PDF gets a fresh page.
 */
export function previewPrinter(origin: () => string, executablePath = previewChromium()): PreviewPrinter {
  let browser: Promise<Browser> | undefined;

  async function launch(): Promise<Browser> {
    const { chromium } = await import('playwright-core');
    return chromium
      .launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] })
      .catch((error: unknown) => {
        browser = undefined;
        throw new Error(`Save as PDF in the preview needs Chromium at ${executablePath} (set LVYUAN_CHROMIUM to use another): ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      });
  }

  return {
    async print(lang) {
      browser ??= launch();
      const context = await (await browser).newContext();
      try {
        const page = await context.newPage();
        await page.goto(`${origin()}/?${new URLSearchParams(printQuery(lang)).toString()}#${PRINT_ROUTE}`);
        // An expression, evaluated in the page: this module has no DOM types.
        const handle = await page.waitForFunction(`document.documentElement.dataset.${PRINT_READY_ATTRIBUTE}`, undefined, { timeout: READY_TIMEOUT_MS });
        const state = String(await handle.jsonValue());
        if (state !== 'ready') throw new Error(`The print view could not be drawn: ${state.replace(/^error:?\s*/u, '')}`);
        const pdf = await page.pdf({
          format: PDF_PRINT.pageSize,
          printBackground: PDF_PRINT.printBackground,
          preferCSSPageSize: PDF_PRINT.preferCSSPageSize,
          tagged: PDF_PRINT.tagged,
          outline: PDF_PRINT.outline,
        });
        return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
      } finally {
        await context.close();
      }
    },
    async close() {
      const running = browser;
      browser = undefined;
      if (running) await (await running.catch(() => undefined))?.close();
    },
  };
}
