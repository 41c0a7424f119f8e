import { app, BrowserWindow } from 'electron';
import { join } from 'node:path';
import { KIOSK_ERROR_PAGE } from '../services/app-protocol';
import { datasetPath } from '../services/paths';
import { openReportLibrary } from '../services/report-library';
import { isTrustedSender } from '../services/url-policy';
import { registerAppScheme, serveAppProtocol } from './app-protocol';
import { identifyApp } from './app-identity';
import { electronExportHost } from './export-host';
import { registerIpc } from './ipc';
import { loadServices } from './lazy-services';
import { createKioskShell } from './kiosk';
import { createMainLog } from './log';
import { installAppMenu, installPresentationMenu } from './menu';
import { disposeWithLastWindow, hiddenWindowPrinter } from './pdf-window';
import { guardNavigation, lockDownSession, rendererPaths } from './window';

const distDir = join(app.getAppPath(), 'dist');
const paths = rendererPaths(distDir);
// What app://lvyuan serves: the packaged renderer, and the kiosk's error slide at its one path.
const appRoots = {
  rendererDir: join(distDir, 'renderer'),
  files: { [KIOSK_ERROR_PAGE]: join(app.getAppPath(), 'resources', 'kiosk-error.html') },
};

// Before the app is ready, as Electron requires of privileged schemes.
registerAppScheme();
// Windows: the taskbar groups this window with the installer's shortcut.
identifyApp();

// A fresh profile for a test (tests/e2e/code-cache-electron.spec.ts): settings, logs and caches go there.
if (process.env.LVYUAN_USER_DATA) app.setPath('userData', process.env.LVYUAN_USER_DATA);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  const log = createMainLog(join(app.getPath('userData'), 'logs', 'main.log'));
  // The reports opened on this machine: Open recent, and the one to open again at start-up.
  const library = openReportLibrary(join(app.getPath('userData'), 'reports.json'));
  let recent: readonly string[] = [];
  // Called only after `kiosk` exists: the menu item starts this shell's presentation.
  const installViewerMenu = () => installAppMenu({ startPresentation: () => void kiosk.present(), recent: () => recent });
  const kiosk = createKioskShell({
    argv: process.argv,
    settingsPath: join(app.getPath('userData'), 'kiosk.json'),
    paths,
    menus: { viewer: installViewerMenu, presentation: installPresentationMenu },
    log,
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

  // Save as PDF's hidden window is kept between PDFs; it must not keep the app open once the
  // windows the user sees are all closed.
  const printer = hiddenWindowPrinter(paths);
  disposeWithLastWindow(printer);

  void app.whenReady().then(async () => {
    lockDownSession();
    serveAppProtocol(appRoots, log);
    // With --kiosk, openWindow swaps this for the presentation's empty menu.
    installViewerMenu();
    // The window first: its renderer starts while the services (zod, the dataset's checks, the Api)
    // load, and the dataset is read and validated meanwhile, so the page's first request finds it ready.
    const opening = kiosk.openWindow();
    // Logged once the window is on its way: the first line opens stdout and the log file, which
    // would otherwise be paid before the window.
    log(`[app] Lüyuan Report ${app.getVersion()} started${kiosk.startedInKiosk ? ' with --kiosk' : ''}`);
    const reports = await library;
    recent = reports.recent();
    installViewerMenu();
    const ready = loadServices().then((services) => ({
      services,
      api: services.createApi({
        datasetPath: datasetPath(app.getAppPath()),
        host: electronExportHost(),
        kiosk: kiosk.host,
        print: printer.print,
        library: reports,
        log,
        // Open recent follows each opening; not while presenting, whose menu is empty.
        onReportChange: () => {
          recent = reports.recent();
          if (!kiosk.presenting()) installViewerMenu();
        },
      }),
    }));
    void ready.then(({ api }) => api.getDataset());
    registerIpc(
      async (method, args) => {
        const { services, api } = await ready;
        return services.callApi(api, method, args);
      },
      isTrustedSender,
      log,
    );
    await opening;
  });

  app.on('window-all-closed', () => app.quit());
}
