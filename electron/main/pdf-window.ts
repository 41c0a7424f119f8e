import { BrowserWindow, type WebContents } from 'electron';
import { PDF_PRINT, PRINT_READY_ATTRIBUTE, PRINT_ROUTE, printQuery } from '../common/print';
import { appUrl, RENDERER_PAGE } from '../services/app-protocol';
import type { PdfPrinter } from '../services/pdf/export';
import { secureWebPreferences, type WindowPaths } from './window';

/** The print view draws about twenty charts; far longer than that means it is stuck. */
const READY_TIMEOUT_MS = 30_000;
const POLL_MS = 50;

const readyScript = `document.documentElement.dataset.${PRINT_READY_ATTRIBUTE} ?? ''`;

/** Waits for the print view to say it is drawn (or why it cannot be); throws on an error or a timeout. */
export async function waitForPrintReady(contents: WebContents, timeoutMs = READY_TIMEOUT_MS): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = String(await contents.executeJavaScript(readyScript, true));
    if (state === 'ready') return;
    if (state.startsWith('error')) throw new Error(`The print view could not be drawn: ${state.replace(/^error:?\s*/u, '')}`);
    if (Date.now() >= deadline) throw new Error(`The print view did not finish drawing within ${Math.round(timeoutMs / 1000)} s.`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/**
 * Save as PDF in the desktop app: the print view (#/print) in a window that is never shown, with
 * the same locked-down preferences, origin and guards as the main window, printed by Chromium's
 * printToPDF and closed again whatever happens.
 */
export function hiddenWindowPrinter(paths: WindowPaths): PdfPrinter {
  return async (lang) => {
    const window = new BrowserWindow({ show: false, width: 900, height: 1200, backgroundColor: '#ffffff', webPreferences: secureWebPreferences(paths) });
    try {
      await window.loadURL(appUrl(RENDERER_PAGE, PRINT_ROUTE, printQuery(lang)));
      await waitForPrintReady(window.webContents);
      const pdf = await window.webContents.printToPDF({
        pageSize: PDF_PRINT.pageSize,
        printBackground: PDF_PRINT.printBackground,
        preferCSSPageSize: PDF_PRINT.preferCSSPageSize,
        generateTaggedPDF: PDF_PRINT.tagged,
        generateDocumentOutline: PDF_PRINT.outline,
      });
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    } finally {
      if (!window.isDestroyed()) window.destroy();
    }
  };
}
