import { BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron';
import { MENU_EVENT, type MenuCommand } from '../common/channels';
import { t } from '../common/i18n/messages';

/** Menu items act in the renderer, exactly as its own buttons do, so there is one code path per action. */
function sendToFocused(command: MenuCommand): void {
  BrowserWindow.getFocusedWindow()?.webContents.send(MENU_EVENT, command);
}

/**
 * The menu is built once, before the renderer has chosen a language, so its labels are bilingual
 * like the window title.
 */
export function installAppMenu(): void {
  const exportLabel = `${t('zh-Hant', 'export.button')} / ${t('en', 'export.button')}`;
  const template: MenuItemConstructorOptions[] = [
    {
      role: 'fileMenu',
      submenu: [
        { label: exportLabel, accelerator: 'CmdOrCtrl+E', click: () => sendToFocused('export-report') },
        { type: 'separator' },
        { role: 'quit' },
      ],
    },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
