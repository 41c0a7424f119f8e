import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fake, resetFakeElectron, type FakeWindow } from './fake-electron';

/**
 * Save as PDF's Electron half (main/pdf-window.ts) against the stand-in for 'electron': the hidden
 * window, where it goes, how it waits for the print view, what it asks of printToPDF, and that the
 * window goes away whatever happens. The e2e electron project prints for real where a binary exists.
 */
vi.mock('electron', () => import('./fake-electron'));

const { hiddenWindowPrinter, waitForPrintReady } = await import('../../electron/main/pdf-window');
const { secureWebPreferences } = await import('../../electron/main/window');

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
    const bytes = await hiddenWindowPrinter(paths)('zh-Hans');
    const window = theWindow();
    expect(window.options).toMatchObject({ show: false, webPreferences: secureWebPreferences(paths) });
    expect(window.options).toMatchObject({ webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true } });
    expect(window.show).not.toHaveBeenCalled();
    expect(window.loadURL).toHaveBeenCalledWith('app://lvyuan/index.html?lang=zh-Hans#/print');
    expect(window.webContents.printToPDF).toHaveBeenCalledWith({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true, generateTaggedPDF: false, generateDocumentOutline: true });
    expect(Buffer.from(bytes).toString('latin1')).toBe('%PDF-1.4 fake');
    expect(window.destroy).toHaveBeenCalledOnce();
  });

  it('prints only once the page says it is drawn', async () => {
    const printer = hiddenWindowPrinter(paths);
    const printing = printer('en');
    // The window is made before the printer's first await; the page is still drawing for two polls.
    const contents = theWindow().webContents;
    contents.executeJavaScript.mockResolvedValueOnce('').mockResolvedValueOnce('');
    await printing;
    expect(contents.executeJavaScript).toHaveBeenCalledTimes(3);
    expect(contents.executeJavaScript.mock.calls[0]?.[0]).toContain('printReady');
    expect(contents.printToPDF).toHaveBeenCalledOnce();
  });

  it("says why when the print view cannot be drawn, prints nothing, and closes the window", async () => {
    const printer = hiddenWindowPrinter(paths);
    const printing = printer('en');
    theWindow().webContents.executeJavaScript.mockResolvedValue('error: dataset: figures[3].value must be a number');
    await expect(printing).rejects.toThrow('The print view could not be drawn: dataset: figures[3].value must be a number');
    expect(theWindow().webContents.printToPDF).not.toHaveBeenCalled();
    expect(theWindow().destroy).toHaveBeenCalledOnce();
  });

  it('closes the window when printing itself fails', async () => {
    const printer = hiddenWindowPrinter(paths);
    const printing = printer('en');
    theWindow().webContents.printToPDF.mockRejectedValueOnce(new Error('Printing failed'));
    await expect(printing).rejects.toThrow('Printing failed');
    expect(theWindow().destroy).toHaveBeenCalledOnce();
  });

  it('gives up after its time limit with a plain message', async () => {
    const contents = { executeJavaScript: vi.fn(() => Promise.resolve('')) };
    await expect(waitForPrintReady(contents as never, 120)).rejects.toThrow('The print view did not finish drawing within 0 s.');
    expect(contents.executeJavaScript.mock.calls.length).toBeGreaterThan(1);
  });
});
