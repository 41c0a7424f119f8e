import { app, BrowserWindow, type WebContents } from 'electron';
import { PDF_PRINT, PRINT_READY_ATTRIBUTE, PRINT_ROUTE, printQuery } from '../common/print';
import type { Lang } from '../common/i18n/languages';
import { appUrl, RENDERER_PAGE } from '../services/app-protocol';
import type { PdfPrinter } from '../services/pdf/export';
import { createSecureWindow, type WindowPaths } from './window';

/** The print view draws about twenty charts; far longer than that means it is stuck. */
const READY_TIMEOUT_MS = 30_000;
const POLL_MS = 50;

const readyScript = `document.documentElement.getAttribute('${PRINT_READY_ATTRIBUTE}') ?? ''`;

/**
 * Waits for the print view to say it is drawn (or why it cannot be); throws on an error, a timeout,
 * or a renderer that died. Each poll races the deadline: a page that never answers (a renderer gone
 * or hung) would otherwise hold the export, and every export after it answered "busy", for ever.
 */
export async function waitForPrintReady(contents: WebContents, timeoutMs = READY_TIMEOUT_MS): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const late = () => new Error(`The print view did not finish drawing within ${Math.round(timeoutMs / 1000)} s.`);
  let gone: (() => void) | undefined;
  const died = new Promise<never>((_, reject) => {
    gone = () => reject(new Error('The print view stopped: its renderer ended.'));
    contents.once('render-process-gone', gone);
  });
  try {
    for (;;) {
      const left = deadline - Date.now();
      if (left <= 0) throw late();
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(late()), left)));
      try {
        const state = String(await Promise.race([contents.executeJavaScript(readyScript, true), timeout, died]));
        if (state === 'ready') return;
        if (state.startsWith('error')) throw new Error(`The print view could not be drawn: ${state.replace(/^error:?\s*/u, '')}`);
      } finally {
        clearTimeout(timer);
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  } finally {
    if (gone) contents.removeListener('render-process-gone', gone);
  }
}

/** A hidden window unused this long is closed: the next PDF opens another. */
const IDLE_MS = 120_000;

export type WindowPrinter = {
  print: PdfPrinter;
  /** Whether the window of this id is the printer's hidden window (which must not keep the app running). */
  owns: (windowId: number) => boolean;
  /** Closes the hidden window now, if there is one. */
  dispose: () => void;
};

/**
 * Save as PDF in the desktop app: the print view (#/print) in a window that is never shown, with
 * the same locked-down preferences, origin and guards as the main window, printed by Chromium's
 * printToPDF. The window is kept for the next PDF (a new renderer process costs about half a
 * second on a two-core machine) until it has been idle for two minutes; each PDF loads the print
 * view afresh in its language. A window whose print failed is closed, so the next starts clean.
 */
export function hiddenWindowPrinter(paths: WindowPaths, idleMs = IDLE_MS): WindowPrinter {
  let window: BrowserWindow | undefined;
  let idle: ReturnType<typeof setTimeout> | undefined;
  let jobs = 0;

  function dispose(): void {
    clearTimeout(idle);
    if (window && !window.isDestroyed()) window.destroy();
    window = undefined;
  }

  async function print(lang: Lang): Promise<Uint8Array> {
    clearTimeout(idle);
    const current = window ?? createSecureWindow(paths, { show: false, width: 900, height: 1200, backgroundColor: '#ffffff' });
    window = current;
    try {
      jobs += 1;
      await current.loadURL(appUrl(RENDERER_PAGE, PRINT_ROUTE, printQuery(lang, jobs)));
      await waitForPrintReady(current.webContents);
      const pdf = await current.webContents.printToPDF({
        pageSize: PDF_PRINT.pageSize,
        printBackground: PDF_PRINT.printBackground,
        preferCSSPageSize: PDF_PRINT.preferCSSPageSize,
        generateTaggedPDF: PDF_PRINT.tagged,
        generateDocumentOutline: PDF_PRINT.outline,
      });
      idle = setTimeout(dispose, idleMs);
      idle.unref();
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    } catch (error) {
      dispose();
      throw error;
    }
  }

  return { print, owns: (windowId) => window !== undefined && !window.isDestroyed() && window.id === windowId, dispose };
}

/**
 * The hidden window is a window, so while it stays the app would not quit when the user closes the
 * last window they see ('window-all-closed' never fires). When a window closes and only the
 * printer's is left, the printer lets it go, and the app quits as before.
 */
export function disposeWithLastWindow(printer: WindowPrinter): void {
  app.on('browser-window-created', (_event, window) => {
    const id = window.id;
    window.on('closed', () => {
      if (BrowserWindow.getAllWindows().every((other) => other.id === id || printer.owns(other.id))) printer.dispose();
    });
  });
}
