import { BrowserWindow, session, type Rectangle, type WebContents } from 'electron';
import { join } from 'node:path';
import { isAllowedUrl } from '../services/url-policy';

export type WindowPaths = { preload: string; rendererIndex: string };

/**
 * Applied once per session: deny every permission and every request for remote content.
 * `extraFiles`: single local files the main process loads itself (the kiosk error slide).
 */
export function lockDownSession(rendererDir: string, extraFiles: readonly string[] = []): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedUrl(details.url, rendererDir, extraFiles) });
  });
}

/** Applied to every web contents the app creates: no navigation, no new windows, no webviews. */
export function guardNavigation(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** A window opened to present: in kiosk mode over a display's bounds, at the route (e.g. '/kiosk'). */
export type WindowPlacement = { bounds: Rectangle; route: string };

export function createMainWindow(paths: WindowPaths, placement?: WindowPlacement): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    ...placement?.bounds,
    ...(placement ? { kiosk: true } : {}),
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: '綠園統計報告 · Lüyuan Report',
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: paths.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      devTools: !process.env.LVYUAN_NO_DEVTOOLS,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadFile(paths.rendererIndex, placement ? { hash: placement.route } : {});
  return window;
}

export function rendererPaths(distDir: string): WindowPaths {
  return {
    preload: join(distDir, 'preload', 'index.cjs'),
    rendererIndex: join(distDir, 'renderer', 'index.html'),
  };
}

