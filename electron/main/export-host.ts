import { app, BrowserWindow, dialog, shell, type MessageBoxOptions, type SaveDialogOptions } from 'electron';
import { existsSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { t } from '../common/i18n/messages';
import type { ExportHost } from '../services/api';

/** The desktop half of the export: the native save dialog and the OS shell. */
export function electronExportHost(): ExportHost {
  return {
    async chooseSavePath(defaultName, lang) {
      const options: SaveDialogOptions = {
        title: t(lang, 'export.dialogTitle'),
        defaultPath: join(app.getPath('documents'), defaultName),
        filters: [{ name: 'Excel', extensions: ['xlsx'] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      // Modal to the window the user is looking at, which is the one that asked.
      const window = BrowserWindow.getFocusedWindow();
      const { canceled, filePath } = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      if (canceled || !filePath) return undefined;
      if (extname(filePath).toLowerCase() === '.xlsx') return filePath;
      // Some Linux dialogs return the name exactly as typed; the workbook must still end in .xlsx.
      // The dialog's own overwrite question was about the typed name, so this name is asked about here.
      const xlsxPath = `${filePath}.xlsx`;
      if (!existsSync(xlsxPath)) return xlsxPath;
      const question: MessageBoxOptions = {
        type: 'question',
        title: t(lang, 'export.dialogTitle'),
        message: t(lang, 'export.replaceTitle', { file: basename(xlsxPath) }),
        buttons: [t(lang, 'export.replace'), t(lang, 'export.cancel')],
        // Enter or Esc must not destroy a file: Cancel is the default and the escape button.
        defaultId: 1,
        cancelId: 1,
        noLink: true,
      };
      const { response } = window ? await dialog.showMessageBox(window, question) : await dialog.showMessageBox(question);
      return response === 0 ? xlsxPath : undefined;
    },

    async open(path, lang) {
      const error = await shell.openPath(path);
      return error === '' ? undefined : t(lang, 'export.cannotOpen', { file: basename(path), detail: error });
    },

    reveal(path, lang) {
      // showItemInFolder gives no result, and does nothing for a file that has since gone.
      if (!existsSync(path)) return Promise.resolve(t(lang, 'export.gone', { file: basename(path), path }));
      shell.showItemInFolder(path);
      return Promise.resolve(undefined);
    },
  };
}
