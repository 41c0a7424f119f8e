import { BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron';
import { MENU_EVENT, type MenuCommand } from '../common/channels';
import { basename } from 'node:path';
import { t } from '../common/i18n/messages';
import { devToolsAllowed } from './window';

/** Menu items act in the renderer, exactly as its own buttons do, so there is one code path per action. */
function sendToFocused(command: MenuCommand): void {
  BrowserWindow.getFocusedWindow()?.webContents.send(MENU_EVENT, command);
}

/** What the menu asks of the main process itself, beyond sending commands to the renderer. */
export type MenuActions = {
  /** Puts the window into kiosk mode on its display and loads the show (#/kiosk). */
  startPresentation: () => void;
  /** The reports Open recent lists, newest first (report-library.ts). */
  recent: () => readonly string[];
};

const bilingual = (
  key: 'export.button' | 'pdf.button' | 'print.button' | 'kiosk.start' | 'open.menu' | 'open.recent' | 'open.bundled' | 'template.menu' | 'import.menu',
) => `${t('zh-Hant', key)} / ${t('en', key)}`;

/**
 * The menu is built before the renderer has chosen a language, so its labels are bilingual like the
 * window title; it is built again when Open recent's list changes.
 */
export function installAppMenu(actions: MenuActions, platform: NodeJS.Platform = process.platform): void {
  const mac = platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    // macOS: the app-name menu first (About, Hide, Quit), or the File items land under it; and an Edit
    // menu, without which Cmd+C, X, V and A do nothing in any text field (electron#3787).
    ...(mac ? [{ role: 'appMenu' } as const] : []),
    {
      role: 'fileMenu',
      submenu: [
        // The renderer asks the Api, which shows the open dialog: the report shown stays until the new one opens.
        { label: bilingual('open.menu'), accelerator: 'CmdOrCtrl+O', click: () => sendToFocused('open-report') },
        {
          label: bilingual('open.recent'),
          // By place in the list: the renderer never learns the path.
          submenu: actions.recent().map((path, i) => ({ label: basename(path), click: () => sendToFocused(`open-recent:${i}`) })),
          enabled: actions.recent().length > 0,
        },
        { label: bilingual('open.bundled'), click: () => sendToFocused('open-bundled') },
        { label: bilingual('template.menu'), click: () => sendToFocused('new-template') },
        // The renderer shows the import's steps; the Api reads the article and, at the end, asks where to save.
        { label: bilingual('import.menu'), click: () => sendToFocused('import-article') },
        { type: 'separator' },
        { label: bilingual('export.button'), accelerator: 'CmdOrCtrl+E', click: () => sendToFocused('export-report') },
        { label: bilingual('pdf.button'), accelerator: 'CmdOrCtrl+Shift+S', click: () => sendToFocused('save-pdf') },
        // The renderer lays out the print view and opens the system print dialog (window.print).
        { label: bilingual('print.button'), accelerator: 'CmdOrCtrl+P', click: () => sendToFocused('print-report') },
        { type: 'separator' },
        // The window has to change (kiosk mode, display, power) before the renderer shows the show.
        { label: bilingual('kiosk.start'), accelerator: 'F5', click: () => actions.startPresentation() },
        // macOS quits from the app-name menu.
        ...(mac ? [] : [{ type: 'separator' } as const, { role: 'quit' } as const]),
      ],
    },
    ...(mac ? [{ role: 'editMenu' } as const] : []),
    // A packaged build has no DevTools (window.ts): its View menu has no Toggle Developer Tools either.
    devToolsAllowed()
      ? { role: 'viewMenu' }
      : {
          role: 'viewMenu',
          submenu: [
            { role: 'reload' },
            { role: 'forceReload' },
            { type: 'separator' },
            { role: 'resetZoom' },
            { role: 'zoomIn' },
            { role: 'zoomOut' },
            { type: 'separator' },
            { role: 'togglefullscreen' },
          ],
        },
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

/**
 * While presenting, the menu is empty: its accelerators (DevTools, reload, Export's save dialog,
 * full screen) would be ways out of the locked presentation. Menu.setApplicationMenu(null) would
 * not do: on macOS it leaves the previous menu in place.
 */
export function installPresentationMenu(): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate([]));
}
