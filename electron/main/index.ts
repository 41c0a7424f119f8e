import { app, BrowserWindow } from 'electron';
import { join } from 'node:path';
import { createApi } from '../services/api';
import { datasetPath } from '../services/paths';
import { electronExportHost } from './export-host';
import { registerIpc } from './ipc';
import { createKioskShell } from './kiosk';
import { installAppMenu, installPresentationMenu } from './menu';
import { isTrustedSender } from '../services/url-policy';
import { guardNavigation, lockDownSession, rendererPaths } from './window';

const distDir = join(app.getAppPath(), 'dist');
const paths = rendererPaths(distDir);
const rendererDir = join(distDir, 'renderer');
const kioskErrorPage = join(app.getAppPath(), 'resources', 'kiosk-error.html');

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // Called only after `kiosk` exists: the menu item starts this shell's presentation.
  const installViewerMenu = () => installAppMenu({ startPresentation: () => void kiosk.present() });
  const kiosk = createKioskShell({
    argv: process.argv,
    settingsPath: join(app.getPath('userData'), 'kiosk.json'),
    paths,
    errorPage: kioskErrorPage,
    menus: { viewer: installViewerMenu, presentation: installPresentationMenu },
  });

  // A second launch, with --kiosk or not, only brings the running window forward: one app, one show.
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });

  app.on('web-contents-created', (_event, contents) => guardNavigation(contents));

  void app.whenReady().then(async () => {
    lockDownSession(rendererDir, [kioskErrorPage]);
    const api = createApi({ datasetPath: datasetPath(app.getAppPath()), host: electronExportHost(), kiosk: kiosk.host });
    registerIpc(api, (url) => isTrustedSender(url, rendererDir));
    // With --kiosk, openWindow swaps this for the presentation's empty menu.
    installViewerMenu();
    await kiosk.openWindow();
  });

  app.on('window-all-closed', () => app.quit());
}
