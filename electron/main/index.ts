import { app, BrowserWindow } from 'electron';
import { join } from 'node:path';
import { createApi } from '../services/api';
import { datasetPath } from '../services/paths';
import { electronExportHost } from './export-host';
import { registerIpc } from './ipc';
import { installAppMenu } from './menu';
import { isTrustedSender } from '../services/url-policy';
import { createMainWindow, guardNavigation, lockDownSession, rendererPaths } from './window';

const distDir = join(app.getAppPath(), 'dist');
const paths = rendererPaths(distDir);
const rendererDir = join(distDir, 'renderer');

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });

  app.on('web-contents-created', (_event, contents) => guardNavigation(contents));

  void app.whenReady().then(() => {
    lockDownSession(rendererDir);
    const api = createApi({ datasetPath: datasetPath(app.getAppPath()), host: electronExportHost() });
    registerIpc(api, (url) => isTrustedSender(url, rendererDir));
    installAppMenu();
    createMainWindow(paths);
  });

  app.on('window-all-closed', () => app.quit());
}
