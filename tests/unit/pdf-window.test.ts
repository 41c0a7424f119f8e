import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fake, FakeWindow, resetFakeElectron } from './fake-electron';

/**
 * Save as PDF's Electron half (main/pdf-window.ts) against the stand-in for 'electron': the hidden
 * window, where it goes, how it waits for the print view, what it asks of printToPDF, and that the
 * window goes away whatever happens. The e2e electron project prints for real where a binary exists.
 */
vi.mock('electron', () => import('./fake-electron'));

const { disposeWithLastWindow, hiddenWindowPrinter, waitForPrintReady } = await import('../../electron/main/pdf-window');

const paths = { preload: '/app/dist/preload/index.cjs' };

beforeEach(() => {
  vi.clearAllMocks();
  resetFakeElectron();
});

function theWindow(): FakeWindow {
  const [window] = fake.windows;
  if (!window) throw new Error('no window was created');
  return window;
}

describe('the hidden print window', () => {
  it('loads the print view in the language, never shown, with the locked-down preferences, and prints it to A4 PDF', async () => {
    const printer = hiddenWindowPrinter(paths);
    const bytes = await printer.print('zh-Hans');
    const window = theWindow();
    expect(window.options).toMatchObject({
      show: false,
      webPreferences: {
        preload: paths.preload,
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webSecurity: true,
        webviewTag: false,
      },
    });
    expect(window.show).not.toHaveBeenCalled();
    expect(window.loadURL.mock.calls.map(([url]) => url)).toEqual(['app://lvyuan/index.html?lang=zh-Hans&job=1#/print']);
    expect(window.webContents.printToPDF).toHaveBeenCalledWith({
      pageSize: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      generateTaggedPDF: true,
      generateDocumentOutline: true,
    });
    expect(Buffer.from(bytes).toString('latin1')).toBe('%PDF-1.4 fake');
    // Kept for the next PDF, and known to the app as the printer's own.
    expect(window.destroy).not.toHaveBeenCalled();
    expect(printer.owns(window.id)).toBe(true);
    expect(printer.owns(window.id + 1)).toBe(false);
    printer.dispose();
    expect(window.destroy).toHaveBeenCalledOnce();
    expect(printer.owns(window.id)).toBe(false);
  });

  it('prints the next PDF in the same hidden window, loading the print view afresh in its language', async () => {
    const printer = hiddenWindowPrinter(paths);
    await printer.print('en');
    await printer.print('zh-Hant');
    expect(fake.windows).toHaveLength(1);
    // A new address each time (the job number), so each is a full load, never a jump within the page.
    expect(theWindow().loadURL.mock.calls.map(([url]) => url)).toEqual([
      'app://lvyuan/index.html?lang=en&job=1#/print',
      'app://lvyuan/index.html?lang=zh-Hant&job=2#/print',
    ]);
    printer.dispose();
  });

  it('closes the hidden window once it has been idle for its time limit', async () => {
    vi.useFakeTimers();
    try {
      const printer = hiddenWindowPrinter(paths, 5000);
      await printer.print('en');
      vi.advanceTimersByTime(4999);
      expect(theWindow().destroy).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1);
      expect(theWindow().destroy).toHaveBeenCalledOnce();
    } finally {
      vi.useRealTimers();
    }
  });

  it('prints only once the page says it is drawn', async () => {
    const printer = hiddenWindowPrinter(paths);
    const printing = printer.print('en');
    // The window is made before the printer's first await; the page is still drawing for two polls.
    const contents = theWindow().webContents;
    contents.executeJavaScript.mockResolvedValueOnce('').mockResolvedValueOnce('');
    await printing;
    expect(contents.executeJavaScript).toHaveBeenCalledTimes(3);
    expect(contents.executeJavaScript.mock.calls[0]?.[0]).toContain('data-print-ready');
    expect(contents.printToPDF).toHaveBeenCalledOnce();
    printer.dispose();
  });

  it('says why when the print view cannot be drawn, prints nothing, and closes the window', async () => {
    const printer = hiddenWindowPrinter(paths);
    const printing = printer.print('en');
    theWindow().webContents.executeJavaScript.mockResolvedValue('error: dataset: figures[3].value must be a number');
    await expect(printing).rejects.toThrow('The print view could not be drawn: dataset: figures[3].value must be a number');
    expect(theWindow().webContents.printToPDF).not.toHaveBeenCalled();
    expect(theWindow().destroy).toHaveBeenCalledOnce();
  });

  it('closes the window when printing itself fails, and the next PDF starts in a new one', async () => {
    const printer = hiddenWindowPrinter(paths);
    const printing = printer.print('en');
    theWindow().webContents.printToPDF.mockRejectedValueOnce(new Error('Printing failed'));
    await expect(printing).rejects.toThrow('Printing failed');
    expect(theWindow().destroy).toHaveBeenCalledOnce();
    await printer.print('en');
    expect(fake.windows).toHaveLength(2);
    printer.dispose();
  });

  it('gives up after its time limit with a plain message', async () => {
    const contents = Object.assign(new EventEmitter(), { executeJavaScript: vi.fn(() => Promise.resolve('')) });
    await expect(waitForPrintReady(contents as never, 120)).rejects.toThrow('The print view did not finish drawing within 0 s.');
    expect(contents.executeJavaScript.mock.calls.length).toBeGreaterThan(1);
    expect(contents.listenerCount('render-process-gone')).toBe(0);
  });

  it('gives up at its time limit even when the page never answers a poll (a hung renderer)', async () => {
    const contents = Object.assign(new EventEmitter(), { executeJavaScript: vi.fn(() => new Promise<string>(() => undefined)) });
    await expect(waitForPrintReady(contents as never, 150)).rejects.toThrow('The print view did not finish drawing within 0 s.');
  });

  it('stops at once when the hidden renderer ends, instead of waiting for the time limit', async () => {
    const contents = Object.assign(new EventEmitter(), { executeJavaScript: vi.fn(() => new Promise<string>(() => undefined)) });
    const waiting = waitForPrintReady(contents as never, 60_000);
    contents.emit('render-process-gone', {}, { reason: 'crashed' });
    await expect(waiting).rejects.toThrow('The print view stopped: its renderer ended.');
  });

  it('lets the hidden window go when the last window the user sees closes, so that the app can quit', async () => {
    const printer = hiddenWindowPrinter(paths);
    disposeWithLastWindow(printer);
    const open = (options: unknown) => {
      const window = new FakeWindow(options);
      fake.appEvents.emit('browser-window-created', {}, window);
      return window;
    };
    const close = (window: FakeWindow) => {
      window.destroyed = true;
      window.emit('closed');
    };
    const viewer = open({ title: 'viewer' });
    const second = open({ title: 'second' });
    await printer.print('en');
    const hidden = fake.windows.find((w) => printer.owns(w.id));
    if (!hidden) throw new Error('the printer made no window');
    fake.appEvents.emit('browser-window-created', {}, hidden);
    close(second);
    expect(hidden.destroy).not.toHaveBeenCalled();
    close(viewer);
    expect(hidden.destroy).toHaveBeenCalledOnce();
  });
});
