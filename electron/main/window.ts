import { app, BrowserWindow, session, type BrowserWindowConstructorOptions, type Rectangle, type WebContents } from 'electron';
import { join } from 'node:path';
import { appUrl, RENDERER_PAGE } from '../services/app-protocol';
import { isAllowedUrl } from '../services/url-policy';

/** The preload script; the page itself comes from the app's origin (app://lvyuan/index.html). */
export type WindowPaths = { preload: string };

/**
 * Applied once per session: deny every permission and every request that is not for the app's
 * own origin (app://lvyuan) or a blob:/data: URL of its page: no remote content, no file:// either.
 */
export function lockDownSession(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedUrl(details.url) });
  });
}

/** Applied to every web contents the app creates: no navigation, no new windows, no webviews. */
export function guardNavigation(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Are DevTools available: not in a packaged build (unless LVYUAN_DEVTOOLS=1), nor with LVYUAN_NO_DEVTOOLS (the e2e tests). */
export function devToolsAllowed(packaged: boolean = app.isPackaged, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.LVYUAN_NO_DEVTOOLS) return false;
  return !packaged || env.LVYUAN_DEVTOOLS === '1';
}

/** A window opened to present: in kiosk mode over a display's bounds, at the route (e.g. '/kiosk'). */
export type WindowPlacement = { bounds: Rectangle; route: string };

/**
 * Every window the app opens (the viewer, the presentation, Save as PDF's hidden window) is made
 * here, with Electron's security checklist in full; the caller gives size, visibility and title.
 */
export function createSecureWindow(paths: WindowPaths, options: Omit<BrowserWindowConstructorOptions, 'webPreferences'>): BrowserWindow {
  // Reviewed: a middle click asks for a new window, and guardNavigation's setWindowOpenHandler denies every one.
  // The justification must stay on the constructor's line, where the security lint reads it.
  // prettier-ignore
  return new BrowserWindow({ // eng-disable AUXCLICK_JS_CHECK: every new window is denied by guardNavigation's setWindowOpenHandler
    ...options,
    webPreferences: {
      // Reviewed: the preload runs sandboxed and exposes, through contextBridge, one function per
      // Api method of contract.ts and a listener for known menu commands; never ipcRenderer or Node.
      preload: paths.preload, // eng-disable PRELOAD_JS_CHECK: sandboxed, exposes only the Api's methods and menu commands
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      // A middle click on a link asks for a new window: guardNavigation's window-open handler denies it.
      // (Blink has no "Auxclick" feature to disable; that setting did nothing.)
      // DevTools in development only, or when asked for (LVYUAN_DEVTOOLS=1): a packaged build shows
      // neither the tools nor View → Toggle Developer Tools (menu.ts).
      devTools: devToolsAllowed(),
    },
  });
}

/** The viewer window's least size, in DIP; the show has none. */
export const VIEWER_MIN = { width: 1024, height: 640 } as const;

export function createMainWindow(paths: WindowPaths, placement?: WindowPlacement): BrowserWindow {
  const window = createSecureWindow(paths, {
    width: 1280,
    height: 800,
    ...placement?.bounds,
    // The viewer's least size; none for the show, which fills whatever screen it is on (a 1366×768
    // screen at 150% is 911×512).
    ...(placement ? { kiosk: true } : { minWidth: VIEWER_MIN.width, minHeight: VIEWER_MIN.height }),
    show: false,
    title: '綠園統計報告 · Lüyuan Report',
    backgroundColor: '#ffffff',
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(appUrl(RENDERER_PAGE, placement?.route));
  return window;
}

export function rendererPaths(distDir: string): WindowPaths {
  return { preload: join(distDir, 'preload', 'index.cjs') };
}
