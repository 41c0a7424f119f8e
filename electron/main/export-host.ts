import { app, BrowserWindow, dialog, shell, type MessageBoxOptions, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import { existsSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { SaveFormat } from '../common/contract';
import { t } from '../common/i18n/messages';
import type { ExportHost } from '../services/api';

/** What the save dialog says and filters for each format. */
const FORMATS: Readonly<
  Record<SaveFormat, { title: 'export.dialogTitle' | 'pdf.dialogTitle' | 'import.dialogTitle'; filter: { name: string; extensions: string[] } }>
> = {
  xlsx: { title: 'export.dialogTitle', filter: { name: 'Excel', extensions: ['xlsx'] } },
  pdf: { title: 'pdf.dialogTitle', filter: { name: 'PDF', extensions: ['pdf'] } },
  json: { title: 'import.dialogTitle', filter: { name: 'JSON', extensions: ['json'] } },
};

/** The desktop half of the export: the native save dialog and the OS shell. */
export function electronExportHost(): ExportHost {
  return {
    async chooseOpenPath(lang) {
      const options: OpenDialogOptions = {
        title: t(lang, 'open.dialogTitle'),
        defaultPath: app.getPath('documents'),
        filters: [{ name: t(lang, 'open.filter'), extensions: ['json', 'xlsx', 'xlsm'] }],
        properties: ['openFile'],
      };
      const window = BrowserWindow.getFocusedWindow();
      const { canceled, filePaths } = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return canceled ? undefined : filePaths[0];
    },

    async chooseSavePath(defaultName, lang, format) {
      const { title, filter } = FORMATS[format];
      const options: SaveDialogOptions = {
        title: t(lang, title),
        defaultPath: join(app.getPath('documents'), defaultName),
        filters: [filter],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      // Modal to the window the user is looking at, which is the one that asked.
      const window = BrowserWindow.getFocusedWindow();
      const { canceled, filePath } = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      if (canceled || !filePath) return undefined;
      if (extname(filePath).toLowerCase() === `.${format}`) return filePath;
      // Some Linux dialogs return the name exactly as typed; the file must still end in .xlsx (.pdf).
      // The dialog's own overwrite question was about the typed name, so this name is asked about here.
      const fullPath = `${filePath}.${format}`;
      if (!existsSync(fullPath)) return fullPath;
      const question: MessageBoxOptions = {
        type: 'question',
        title: t(lang, title),
        message: t(lang, 'export.replaceTitle', { file: basename(fullPath) }),
        buttons: [t(lang, 'export.replace'), t(lang, 'export.cancel')],
        // Enter or Esc must not destroy a file: Cancel is the default and the escape button.
        defaultId: 1,
        cancelId: 1,
        noLink: true,
      };
      const { response } = window ? await dialog.showMessageBox(window, question) : await dialog.showMessageBox(question);
      return response === 0 ? fullPath : undefined;
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
