import { beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { CHANNEL_NAMES, MENU_EVENT, type MenuBridge } from '../../electron/common/channels';
import { callApi, type Api } from '../../electron/common/contract';
import { KIOSK_ERROR_PAGE } from '../../electron/services/app-protocol';
import { isTrustedSender } from '../../electron/services/url-policy';
import { fake, resetFakeElectron } from './fake-electron';

/**
 * The Electron side of the export (save dialog, shell, menu, preload bridge) against the stand-in for
 * the 'electron' module: these run without an Electron binary, which the e2e electron project needs.
 */
vi.mock('electron', () => import('./fake-electron'));

const { electronExportHost } = await import('../../electron/main/export-host');
const { installAppMenu, installPresentationMenu } = await import('../../electron/main/menu');
const { registerAppScheme, serveAppProtocol } = await import('../../electron/main/app-protocol');
const { devToolsAllowed, lockDownSession } = await import('../../electron/main/window');
const { identifyApp } = await import('../../electron/main/app-identity');
const { registerIpc } = await import('../../electron/main/ipc');
const { createMainLog } = await import('../../electron/main/log');

beforeEach(() => {
  vi.clearAllMocks();
  resetFakeElectron();
});

describe('the Electron export host', () => {
  it('opens the save dialog on the focused window, in Documents, with the offered name, an .xlsx filter and a title in the language', async () => {
    fake.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/home/user/documents/r.xlsx' });
    expect(await electronExportHost().chooseSavePath('綠園統計報告-2026-01-02-zh-Hant.xlsx', 'zh-Hant', 'xlsx')).toBe('/home/user/documents/r.xlsx');
    expect(fake.showSaveDialog).toHaveBeenCalledWith(fake.focused, {
      title: '儲存 Excel 報告',
      defaultPath: join('/home/user/documents', '綠園統計報告-2026-01-02-zh-Hant.xlsx'),
      filters: [{ name: 'Excel', extensions: ['xlsx'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
  });

  it('returns undefined when the dialog is cancelled, and adds .xlsx to a bare name', async () => {
    const host = electronExportHost();
    // An empty folder: no report.xlsx there for the added extension to meet.
    const folder = mkdtempSync(join(tmpdir(), 'lvyuan-shell-'));
    fake.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    expect(await host.chooseSavePath('a.xlsx', 'en', 'xlsx')).toBeUndefined();
    fake.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: join(folder, 'report') });
    expect(await host.chooseSavePath('a.xlsx', 'en', 'xlsx')).toBe(join(folder, 'report.xlsx'));
    fake.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/tmp/Report.XLSX' });
    expect(await host.chooseSavePath('a.xlsx', 'en', 'xlsx')).toBe('/tmp/Report.XLSX');
  });

  it('asks before replacing a file that only the added .xlsx makes it meet, in the export language', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'lvyuan-shell-'));
    writeFileSync(join(folder, 'report.xlsx'), 'previous');
    const host = electronExportHost();
    const chosen = (name: string) => fake.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: join(folder, name) });
    // Cancel: nothing is written.
    chosen('report');
    fake.showMessageBox.mockResolvedValueOnce({ response: 1, checkboxChecked: false });
    expect(await host.chooseSavePath('a.xlsx', 'en', 'xlsx')).toBeUndefined();
    expect(fake.showMessageBox).toHaveBeenCalledExactlyOnceWith(fake.focused, {
      type: 'question',
      title: 'Save the Excel report',
      message: 'Replace "report.xlsx"?',
      buttons: ['Replace', 'Cancel'],
      defaultId: 1,
      cancelId: 1,
      noLink: true,
    });
    // Replace.
    chosen('report');
    fake.showMessageBox.mockResolvedValueOnce({ response: 0, checkboxChecked: false });
    expect(await host.chooseSavePath('a.xlsx', 'zh-Hant', 'xlsx')).toBe(join(folder, 'report.xlsx'));
    expect(fake.showMessageBox).toHaveBeenLastCalledWith(
      fake.focused,
      expect.objectContaining({ message: '要取代「report.xlsx」嗎？', buttons: ['取代', '取消'] }),
    );
    // The dialog itself asked about a name that already ended in .xlsx, or there is nothing to replace.
    chosen('report.xlsx');
    expect(await host.chooseSavePath('a.xlsx', 'en', 'xlsx')).toBe(join(folder, 'report.xlsx'));
    chosen('new');
    expect(await host.chooseSavePath('a.xlsx', 'en', 'xlsx')).toBe(join(folder, 'new.xlsx'));
    expect(fake.showMessageBox).toHaveBeenCalledTimes(2);
  });

  it('passes on what the shell says when it cannot open a file', async () => {
    const host = electronExportHost();
    fake.openPath.mockResolvedValueOnce('');
    expect(await host.open('/tmp/r.xlsx', 'en')).toBeUndefined();
    fake.openPath.mockResolvedValueOnce('No application found');
    expect(await host.open('/tmp/r.xlsx', 'en')).toBe('Cannot open "r.xlsx": No application found');
    fake.openPath.mockResolvedValueOnce('No application found');
    expect(await host.open('/tmp/r.xlsx', 'zh-Hant')).toBe('無法開啟「r.xlsx」：No application found');
  });

  it('shows a file in its folder, or says that it is gone', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'lvyuan-shell-')), 'r.xlsx');
    const host = electronExportHost();
    expect(await host.reveal(path, 'en')).toBe(`"r.xlsx" is no longer at ${path}.`);
    expect(fake.showItemInFolder).not.toHaveBeenCalled();
    writeFileSync(path, 'x');
    expect(await host.reveal(path, 'en')).toBeUndefined();
    expect(fake.showItemInFolder).toHaveBeenCalledWith(path);
  });
});

describe('the application menu', () => {
  it('has File › Open report… (Ctrl/Cmd+O), Open recent, Bundled report, New report workbook…, Import article…, Export to Excel… (Ctrl/Cmd+E), Save as PDF… (Ctrl/Cmd+Shift+S), Print… (Ctrl/Cmd+P), Start presentation (F5) and Quit', () => {
    const startPresentation = vi.fn();
    installAppMenu({ startPresentation, recent: () => ['/data/reports/2026 bulletin.xlsx', '/data/old.json'] }, 'linux');
    const [file, ...rest] = fake.template as MenuItemConstructorOptions[];
    expect(file?.role).toBe('fileMenu');
    expect(rest.map((item) => item.role)).toEqual(['viewMenu', 'windowMenu']);
    const [open, recent, bundled, template, importArticle, separator0, item, pdf, print, separator1, present, separator2, quit] =
      file?.submenu as MenuItemConstructorOptions[];
    expect(template).toMatchObject({ label: '新增報告活頁簿… / New report workbook...' });
    (template?.click as () => void)();
    expect(fake.send).toHaveBeenLastCalledWith(MENU_EVENT, 'new-template');
    // The renderer shows the import's steps; the Api reads the article and asks where to save at the end.
    expect(importArticle).toMatchObject({ label: '匯入文章… / Import article...' });
    (importArticle?.click as () => void)();
    expect(fake.send).toHaveBeenLastCalledWith(MENU_EVENT, 'import-article');
    expect(open).toMatchObject({ label: '開啟報告… / Open report...', accelerator: 'CmdOrCtrl+O' });
    expect(bundled).toMatchObject({ label: '內建報告 / Bundled report' });
    expect(separator0?.type).toBe('separator');
    // Open recent names each file; choosing one tells the renderer its place in the list, never its path.
    expect(recent?.label).toBe('最近開啟 / Open recent');
    const files = recent?.submenu as MenuItemConstructorOptions[];
    expect(files.map((f) => f.label)).toEqual(['2026 bulletin.xlsx', 'old.json']);
    (files[1]?.click as () => void)();
    expect(fake.send).toHaveBeenLastCalledWith(MENU_EVENT, 'open-recent:1');
    (open?.click as () => void)();
    expect(fake.send).toHaveBeenLastCalledWith(MENU_EVENT, 'open-report');
    (bundled?.click as () => void)();
    expect(fake.send).toHaveBeenLastCalledWith(MENU_EVENT, 'open-bundled');
    fake.send.mockClear();
    expect(item).toMatchObject({ label: '匯出 Excel… / Export to Excel...', accelerator: 'CmdOrCtrl+E' });
    expect(pdf).toMatchObject({ label: '另存為 PDF… / Save as PDF...', accelerator: 'CmdOrCtrl+Shift+S' });
    expect(print).toMatchObject({ label: '列印… / Print...', accelerator: 'CmdOrCtrl+P' });
    expect(present).toMatchObject({ label: '開始簡報 / Start presentation', accelerator: 'F5' });
    expect([separator1?.type, separator2?.type]).toEqual(['separator', 'separator']);
    expect(quit?.role).toBe('quit');
    // Export, PDF and Print are the renderer's own actions; the presentation first changes the window, in main.
    (item?.click as () => void)();
    expect(fake.send).toHaveBeenLastCalledWith(MENU_EVENT, 'export-report');
    (pdf?.click as () => void)();
    expect(fake.send).toHaveBeenLastCalledWith(MENU_EVENT, 'save-pdf');
    (print?.click as () => void)();
    expect(fake.send).toHaveBeenLastCalledWith(MENU_EVENT, 'print-report');
    expect(startPresentation).not.toHaveBeenCalled();
    (present?.click as () => void)();
    expect(startPresentation).toHaveBeenCalledOnce();
    expect(fake.send).toHaveBeenCalledTimes(3);
  });

  it('on macOS: the app-name menu first (Quit is there), File, and an Edit menu so that Cmd+C, X, V and A work', () => {
    installAppMenu({ startPresentation: vi.fn(), recent: () => [] }, 'darwin');
    const template = fake.template as MenuItemConstructorOptions[];
    expect(template.map((item) => item.role)).toEqual(['appMenu', 'fileMenu', 'editMenu', 'viewMenu', 'windowMenu']);
    const file = template[1]?.submenu as MenuItemConstructorOptions[];
    expect(file.some((item) => item.role === 'quit')).toBe(false);
    expect(file.at(-1)).toMatchObject({ label: '開始簡報 / Start presentation', accelerator: 'F5' });
    // Elsewhere: no app-name or Edit menu (Windows and Linux text fields cut and paste without one).
    installAppMenu({ startPresentation: vi.fn(), recent: () => [] }, 'win32');
    expect((fake.template as MenuItemConstructorOptions[]).map((item) => item.role)).toEqual(['fileMenu', 'viewMenu', 'windowMenu']);
  });

  it('gives Windows the installer’s App User Model ID, so the pinned shortcut and the window share a taskbar icon', () => {
    identifyApp('linux');
    expect(fake.setAppUserModelId).not.toHaveBeenCalled();
    identifyApp('win32');
    expect(fake.setAppUserModelId).toHaveBeenCalledExactlyOnceWith('cn.lvyuan.report');
    // The id electron-builder gives the shortcut is the configured appId.
    expect(readFileSync(join(import.meta.dirname, '..', '..', 'electron-builder.yml'), 'utf8')).toMatch(/^appId: cn\.lvyuan\.report$/mu);
  });

  it('has DevTools in development only: a packaged build has neither the tools nor their menu item, unless asked for', () => {
    expect(devToolsAllowed(false, {})).toBe(true);
    expect(devToolsAllowed(true, {})).toBe(false);
    expect(devToolsAllowed(true, { LVYUAN_DEVTOOLS: '1' })).toBe(true);
    expect(devToolsAllowed(false, { LVYUAN_NO_DEVTOOLS: '1' })).toBe(false);
  });

  it('is empty while presenting, so that no accelerator (DevTools, Export, reload) opens a way out', () => {
    installPresentationMenu();
    expect(fake.template).toEqual([]);
  });
});

describe('the preload bridge', () => {
  it('exposes window.lvyuan and window.lvyuanMenu only; the menu passes known commands and unsubscribes', async () => {
    await import('../../electron/preload/index');
    expect(Object.keys(fake.exposed).sort()).toEqual(['lvyuan', 'lvyuanMenu']);
    const bridge = fake.exposed.lvyuanMenu as MenuBridge;
    const heard: string[] = [];
    const unsubscribe = bridge.onCommand((command) => heard.push(command));
    const emit = (value: unknown) => {
      for (const listener of fake.ipcListeners.get(MENU_EVENT) ?? []) listener({ sender: 'event' }, value);
    };
    emit('export-report');
    emit('rm -rf /');
    emit({ command: 'export-report' });
    expect(heard).toEqual(['export-report']);
    unsubscribe();
    emit('export-report');
    expect(heard).toEqual(['export-report']);
    expect(fake.ipcListeners.get(MENU_EVENT)?.size).toBe(0);
  });
});

describe('the app:// protocol', () => {
  it('is registered as standard, secure, with fetch and the V8 code cache, and not CORS-enabled', () => {
    registerAppScheme();
    expect(fake.registerSchemesAsPrivileged).toHaveBeenCalledExactlyOnceWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
    ]);
  });

  it('answers from the renderer folder and the error slide only, with types; 404 with a log line otherwise', async () => {
    const root = mkdtempSync(join(tmpdir(), 'lvyuan-shell-'));
    mkdirSync(join(root, 'renderer', 'assets'), { recursive: true });
    writeFileSync(join(root, 'renderer', 'index.html'), '<!doctype html>');
    writeFileSync(join(root, 'renderer', 'assets', 'index-a1.js'), 'export {};');
    writeFileSync(join(root, 'kiosk-error.html'), '<!doctype html><title>error</title>');
    writeFileSync(join(root, 'secret.json'), '{"secret":true}');
    const log: string[] = [];
    serveAppProtocol({ rendererDir: join(root, 'renderer'), files: { [KIOSK_ERROR_PAGE]: join(root, 'kiosk-error.html') } }, (line) => log.push(line));
    const handler = fake.protocolHandlers.get('app');
    expect(handler).toBeDefined();
    const fetchApp = async (url: string, method = 'GET') => handler!(new Request(url, { method }));

    const page = await fetchApp('app://lvyuan/index.html?lang=en#/kiosk');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toBe('<!doctype html>');
    const script = await fetchApp('app://lvyuan/assets/index-a1.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('export {};');
    expect(await (await fetchApp('app://lvyuan/kiosk-error.html')).text()).toBe('<!doctype html><title>error</title>');
    expect(log).toEqual([]);

    const refused = await fetchApp('app://lvyuan/..%2fsecret.json');
    expect(refused.status).toBe(404);
    expect(await refused.text()).toBe('');
    expect((await fetchApp('app://lvyuan/missing.js')).status).toBe(404);
    expect((await fetchApp('app://lvyuan/index.html', 'POST')).status).toBe(405);
    expect(log).toEqual([
      '[protocol] 404 GET app://lvyuan/..%2fsecret.json: path segment "../secret.json" is not a file name',
      '[protocol] 404 GET app://lvyuan/missing.js: no such file',
      '[protocol] 405 POST app://lvyuan/index.html: method POST',
    ]);
  });
});

describe('the session', () => {
  it("cancels every request but the app origin and the page's own blob: and data: URLs: file:// too", () => {
    lockDownSession();
    const listener = fake.beforeRequest.mock.calls[0]?.[0];
    expect(listener).toBeDefined();
    const cancelled = (url: string) => {
      let answer: boolean | undefined;
      listener!({ url }, (response) => (answer = response.cancel));
      return answer;
    };
    expect(cancelled('app://lvyuan/index.html#/overview')).toBe(false);
    expect(cancelled('app://lvyuan/assets/index-a1.js')).toBe(false);
    expect(cancelled('blob:app://lvyuan/0b7d9c1e-aaaa-bbbb-cccc-1234567890ab')).toBe(false);
    expect(cancelled('file:///opt/lvyuan/resources/app.asar/dist/renderer/index.html')).toBe(true);
    expect(cancelled('https://example.com/')).toBe(true);
    expect(cancelled('app://evil/index.html')).toBe(true);
  });
});

describe('the IPC handlers', () => {
  const failing = { ok: false as const, message: 'Cannot write "r.xlsx": the disk is full.' };
  const api = {
    getDataset: vi.fn(),
    exportWorkbook: vi.fn(() => Promise.resolve(failing)),
    openExported: vi.fn(() => Promise.resolve({ ok: true as const })),
    getKioskSettings: vi.fn(),
    exitKiosk: vi.fn(),
  } as unknown as Api;
  const call = (url: string, channel: string, ...args: unknown[]) => fake.ipcHandlers.get(channel)!({ senderFrame: { url } }, ...args);

  it('answer the renderer page on app://lvyuan, and log a failed export', async () => {
    const log: string[] = [];
    registerIpc(
      (method, args) => callApi(api, method, args),
      isTrustedSender,
      (line) => log.push(line),
    );
    expect(await call('app://lvyuan/index.html#/overview', CHANNEL_NAMES.exportWorkbook, 'en')).toEqual(failing);
    expect(await call('app://lvyuan/index.html', CHANNEL_NAMES.openExported, '/tmp/r.xlsx', 'open', 'en')).toEqual({ ok: true });
    expect(log).toEqual(['[exportWorkbook] Cannot write "r.xlsx": the disk is full.']);
  });

  it('refuse a file:// page, another origin and the error slide, with a log line; and bad arguments', async () => {
    const log: string[] = [];
    registerIpc(
      (method, args) => callApi(api, method, args),
      isTrustedSender,
      (line) => log.push(line),
    );
    for (const url of ['file:///opt/lvyuan/dist/renderer/index.html', 'app://evil/index.html', 'app://lvyuan/kiosk-error.html']) {
      await expect(call(url, CHANNEL_NAMES.exportWorkbook, 'en')).rejects.toThrow(`Refused an IPC call from an untrusted frame: ${url}`);
    }
    await expect(call('app://lvyuan/index.html', CHANNEL_NAMES.exportWorkbook, 'fr')).rejects.toThrow('Invalid arguments for exportWorkbook');
    expect(api.exportWorkbook).not.toHaveBeenCalled();
    expect(log).toHaveLength(4);
    expect(log[0]).toBe('[ipc] exportWorkbook: Refused an IPC call from an untrusted frame: file:///opt/lvyuan/dist/renderer/index.html');
  });
});

describe('the main log', () => {
  it('prints each line and appends it, time-stamped, to the file in userData', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'lvyuan-shell-')), 'logs', 'main.log');
    const printed = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const log = createMainLog(path);
    log('[kiosk] renderer gone (crashed), reload 1 of 3 in 5 min');
    expect(printed).toHaveBeenCalledExactlyOnceWith('[kiosk] renderer gone (crashed), reload 1 of 3 in 5 min');
    expect(readFileSync(path, 'utf8')).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z \[kiosk\] renderer gone \(crashed\), reload 1 of 3 in 5 min\n$/u);
    printed.mockRestore();
  });

  it('says once on stderr that the file cannot be written, and goes on printing', () => {
    const folder = mkdtempSync(join(tmpdir(), 'lvyuan-shell-'));
    writeFileSync(join(folder, 'logs'), 'a file where the folder should be');
    const printed = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const log = createMainLog(join(folder, 'logs', 'main.log'));
    expect(() => {
      log('one');
      log('two');
    }).not.toThrow();
    expect(printed).toHaveBeenCalledTimes(2);
    expect(errors).toHaveBeenCalledOnce();
    expect(errors.mock.calls[0]?.[0]).toMatch(/^\[log\] cannot write .*main\.log: /u);
    printed.mockRestore();
    errors.mockRestore();
  });
});
