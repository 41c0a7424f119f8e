import { beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { MENU_EVENT, type MenuBridge } from '../../electron/common/channels';
import { fake, resetFakeElectron } from './fake-electron';

/**
 * The Electron side of the export (save dialog, shell, menu, preload bridge) against the stand-in for
 * the 'electron' module: these run without an Electron binary, which the e2e electron project needs.
 */
vi.mock('electron', () => import('./fake-electron'));

const { electronExportHost } = await import('../../electron/main/export-host');
const { installAppMenu, installPresentationMenu } = await import('../../electron/main/menu');

beforeEach(() => {
  vi.clearAllMocks();
  resetFakeElectron();
});

describe('the Electron export host', () => {
  it('opens the save dialog on the focused window, in Documents, with the offered name, an .xlsx filter and a title in the language', async () => {
    fake.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/home/user/documents/r.xlsx' });
    expect(await electronExportHost().chooseSavePath('綠園統計報告-2026-01-02-zh-Hant.xlsx', 'zh-Hant')).toBe('/home/user/documents/r.xlsx');
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
    expect(await host.chooseSavePath('a.xlsx', 'en')).toBeUndefined();
    fake.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: join(folder, 'report') });
    expect(await host.chooseSavePath('a.xlsx', 'en')).toBe(join(folder, 'report.xlsx'));
    fake.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/tmp/Report.XLSX' });
    expect(await host.chooseSavePath('a.xlsx', 'en')).toBe('/tmp/Report.XLSX');
  });

  it('asks before replacing a file that only the added .xlsx makes it meet, in the export language', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'lvyuan-shell-'));
    writeFileSync(join(folder, 'report.xlsx'), 'previous');
    const host = electronExportHost();
    const chosen = (name: string) => fake.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: join(folder, name) });
    // Cancel: nothing is written.
    chosen('report');
    fake.showMessageBox.mockResolvedValueOnce({ response: 1, checkboxChecked: false });
    expect(await host.chooseSavePath('a.xlsx', 'en')).toBeUndefined();
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
    expect(await host.chooseSavePath('a.xlsx', 'zh-Hant')).toBe(join(folder, 'report.xlsx'));
    expect(fake.showMessageBox).toHaveBeenLastCalledWith(fake.focused, expect.objectContaining({ message: '要取代「report.xlsx」嗎？', buttons: ['取代', '取消'] }));
    // The dialog itself asked about a name that already ended in .xlsx, or there is nothing to replace.
    chosen('report.xlsx');
    expect(await host.chooseSavePath('a.xlsx', 'en')).toBe(join(folder, 'report.xlsx'));
    chosen('new');
    expect(await host.chooseSavePath('a.xlsx', 'en')).toBe(join(folder, 'new.xlsx'));
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
  it('has File › Export to Excel… (Ctrl/Cmd+E), Start presentation (F5), a separator and Quit', () => {
    const startPresentation = vi.fn();
    installAppMenu({ startPresentation });
    const [file, ...rest] = fake.template as MenuItemConstructorOptions[];
    expect(file?.role).toBe('fileMenu');
    expect(rest.map((item) => item.role)).toEqual(['viewMenu', 'windowMenu']);
    const [item, present, separator, quit] = file?.submenu as MenuItemConstructorOptions[];
    expect(item).toMatchObject({ label: '匯出 Excel… / Export to Excel...', accelerator: 'CmdOrCtrl+E' });
    expect(present).toMatchObject({ label: '開始簡報 / Start presentation', accelerator: 'F5' });
    expect(separator?.type).toBe('separator');
    expect(quit?.role).toBe('quit');
    // Export is the renderer's own action; the presentation first changes the window, in main.
    (item?.click as () => void)();
    expect(fake.send).toHaveBeenCalledWith(MENU_EVENT, 'export-report');
    expect(startPresentation).not.toHaveBeenCalled();
    (present?.click as () => void)();
    expect(startPresentation).toHaveBeenCalledOnce();
    expect(fake.send).toHaveBeenCalledOnce();
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
