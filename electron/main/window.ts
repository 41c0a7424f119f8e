import { BrowserWindow, session, type WebContents } from 'electron';
import { join } from 'node:path';
import { isAllowedUrl } from '../services/url-policy';

export type WindowPaths = { preload: string; rendererIndex: string };

/** Applied once per session: deny every permission and every request for remote content. */
export function lockDownSession(rendererDir: string): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedUrl(details.url, rendererDir) });
  });
}

/** Applied to every web contents the app creates: no navigation, no new windows, no webviews. */
export function guardNavigation(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

export function createMainWindow(paths: WindowPaths): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
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
  void window.loadFile(paths.rendererIndex);
  return window;
}

export function rendererPaths(distDir: string): WindowPaths {
  return {
    preload: join(distDir, 'preload', 'index.cjs'),
    rendererIndex: join(distDir, 'renderer', 'index.html'),
  };
}

