import { app, powerMonitor, powerSaveBlocker, screen, type BrowserWindow, type Display, type Rectangle } from 'electron';
import { matchesChord } from '../common/kiosk/chord';
import { createCircuitBreaker, KIOSK_BREAKER } from '../common/kiosk/circuit-breaker';
import { DEFAULT_EXIT_CHORD } from '../common/kiosk/chord';
import type { KioskHost } from '../services/api';
import { appUrl, KIOSK_ERROR_PAGE, RENDERER_PAGE } from '../services/app-protocol';
import { parseKioskArgs } from './kiosk-args';
import { loadServices } from './lazy-services';
import { boundsAfterRemoval, displayAfterRemoval, pickDisplay, waylandDisplayWarning } from './kiosk-display';
import { createHangWatchdog, HANG_LIMIT_MS } from './kiosk-watchdog';
import { createMainWindow, VIEWER_MIN, type WindowPaths } from './window';

export type KioskShellOptions = {
  /** process.argv: --kiosk, --interval, --screen, --kiosk-lang among Electron's own switches. */
  argv: readonly string[];
  /** kiosk.json in the userData folder. */
  settingsPath: string;
  paths: WindowPaths;
  /** The viewer's menu and the presentation's empty one (menu.ts). */
  menus: { viewer: () => void; presentation: () => void };
  log?: (line: string) => void;
  /** Milliseconds on a clock that never jumps back, for the circuit breaker. */
  now?: () => number;
  /** process.platform: leaving kiosk mode is asynchronous on macOS and Linux. */
  platform?: NodeJS.Platform;
};

/** How long leaving full screen may take before the viewer's bounds are put back anyway. */
const LEAVE_FULL_SCREEN_MS = 2000;

export type KioskShell = {
  /** Started with --kiosk: the window opens presenting, and leaving quits. */
  readonly startedInKiosk: boolean;
  /** The Api's half (services/api.ts): where the settings are, and how to leave. */
  readonly host: KioskHost;
  /** Creates the app's window: on the chosen display in kiosk mode at #/kiosk with --kiosk, else the viewer. */
  openWindow: () => Promise<BrowserWindow>;
  /** The menu item: the existing window goes to the chosen display in kiosk mode and loads #/kiosk. */
  present: () => Promise<void>;
  /** Presenting now: the menu is the presentation's empty one and must stay so. */
  presenting: () => boolean;
};

/** The show and the viewer: the renderer's page at a route, on the app's origin. */
/**
 * Each time a new address: a load that differs from the current page only after # would change only
 * the hash, and a wedged page would stay as it was. A unique query (as the print window's) makes it
 * a real load.
 */
let loads = 0;
const showUrl = () => appUrl(RENDERER_PAGE, '/kiosk', { load: String((loads += 1)) });
// The viewer at the report's first section: an address without a page (the report, not the shell, knows its sections).
const viewerUrl = () => appUrl(RENDERER_PAGE, '/', { load: String((loads += 1)) });
/** The static slide shown when the circuit breaker gives up (resources/kiosk-error.html, served at this path). */
const errorSlideUrl = appUrl(KIOSK_ERROR_PAGE);

const WINDOW_MINUTES = KIOSK_BREAKER.windowMs / 60_000;

/**
 * The Electron side of the presentation: display, kiosk mode, the exit lock and its key chord,
 * keeping the display awake and bringing a crashed or hung renderer back. The slideshow itself and
 * its PIN prompt are the renderer's.
 */
export function createKioskShell(options: KioskShellOptions): KioskShell {
  const args = parseKioskArgs(options.argv);
  const log = options.log ?? ((line: string) => console.log(line));
  for (const warning of args.warnings) log(warning);
  const now = options.now ?? (() => performance.now());

  let window: BrowserWindow | undefined;
  /** True from entering kiosk mode until leave(): the window refuses to close meanwhile. */
  let presenting = false;
  let starting = false;
  /** The operating system is logging off or shutting down: the lock must not stand in its way. */
  let sessionEnding = false;
  let blocker: number | undefined;
  let viewer: { bounds: Rectangle; maximized: boolean } | undefined;
  /** The display the show is on, while presenting. */
  let showingOn: number | undefined;
  let breaker = createCircuitBreaker();
  /**
   * Heard here, before the page, for as long as the show runs: a crashed, hung or error-slide page
   * cannot hear it, and a page's word that it was pressed is not accepted over IPC.
   */
  let exitChord = DEFAULT_EXIT_CHORD;
  const watchdog = createHangWatchdog(() => {
    const target = window;
    if (!presenting || sessionEnding || !target || target.isDestroyed()) return;
    log(`[kiosk] renderer unresponsive for ${HANG_LIMIT_MS / 1000} s; restarting it`);
    // Ends in 'render-process-gone', so the circuit breaker decides: reload, or the error slide.
    target.webContents.forcefullyCrashRenderer();
  });

  /** The display to present on, and the exit chord; a bad kiosk.json falls back to the primary display. */
  async function presentationDisplay(): Promise<Pick<Display, 'id' | 'bounds'>> {
    const { loadKioskSettings } = await loadServices();
    const load = await loadKioskSettings(options.settingsPath, args.overrides);
    let n = 1;
    if (load.ok) {
      n = load.settings.display;
      exitChord = load.settings.exit.chord;
    } else {
      // The slide shows this message too (getKioskSettings); the log keeps it for later.
      for (const line of load.message.split('\n')) log(`[kiosk] ${line}`);
      // A typo in kiosk.json must not lock a lobby machine in: the default chord still leaves.
      exitChord = DEFAULT_EXIT_CHORD;
    }
    const { display, problem } = pickDisplay(screen.getAllDisplays(), screen.getPrimaryDisplay(), n);
    if (problem) log(`[kiosk] ${problem}`);
    const wayland = waylandDisplayWarning(n, process.env, options.argv, options.platform ?? process.platform);
    if (wayland) log(wayland);
    return display;
  }

  function enter(target: BrowserWindow, on: number): void {
    presenting = true;
    showingOn = on;
    // Each presentation starts with a clean count: crashes of an earlier one say nothing about it.
    breaker = createCircuitBreaker();
    options.menus.presentation();
    target.setMenuBarVisibility(false);
    blocker ??= powerSaveBlocker.start('prevent-display-sleep');
  }

  function stopBlocker(): void {
    if (blocker !== undefined && powerSaveBlocker.isStarted(blocker)) powerSaveBlocker.stop(blocker);
    blocker = undefined;
  }

  /** Reload, or after too many crashes the static error slide; one log line either way. */
  function onRendererGone(target: BrowserWindow, reason: string): void {
    // A hang counted for the renderer that is gone, not for the one that comes next.
    watchdog.stop();
    if (!presenting || sessionEnding || target.isDestroyed()) return;
    if (breaker.record(now()) === 'reload') {
      log(`[kiosk] renderer gone (${reason}), reload ${breaker.recent} of ${KIOSK_BREAKER.maxReloads} in ${WINDOW_MINUTES} min`);
      target.webContents.reload();
      return;
    }
    log(`[kiosk] renderer gone ${breaker.recent} times in ${WINDOW_MINUTES} min; showing the error slide`);
    // A main-process load, not a navigation by the page: the navigation guard does not apply. The
    // app's origin serves this one file at this path; the IPC check does not trust it.
    void target.loadURL(errorSlideUrl);
  }

  /**
   * A display unplugged mid-show (a lobby screen's cable, a projector switched off): the show goes
   * to the primary display, in kiosk mode as before, rather than on to a screen that is not there.
   */
  function onDisplayRemoved(removed: Pick<Display, 'id' | 'bounds'>): void {
    const target = window;
    if (!presenting || sessionEnding || !target || target.isDestroyed()) return;
    const to = displayAfterRemoval(screen.getAllDisplays(), screen.getPrimaryDisplay(), removed.id, showingOn);
    // The viewer goes back to where it was on leaving, unless that was the display that went.
    if (viewer) viewer = { ...viewer, bounds: boundsAfterRemoval(viewer.bounds, removed.bounds, (to ?? screen.getPrimaryDisplay()).bounds) };
    if (!to) return;
    log("[kiosk] the show's display was removed; moving the show to the primary display");
    showingOn = to.id;
    // Kiosk mode holds the window to its display: off, move, on again, as present() enters it.
    target.setKiosk(false);
    target.setBounds(to.bounds);
    target.setKiosk(true);
  }

  function attach(target: BrowserWindow): void {
    // Alt+F4, the close button, Ctrl+W and app.quit() all come through 'close'.
    target.on('close', (event) => {
      if (presenting && !sessionEnding) event.preventDefault();
    });
    target.on('session-end', () => {
      sessionEnding = true; // Windows: log-off, restart or shutdown
    });
    target.on('closed', () => {
      stopBlocker();
      watchdog.stop();
      window = undefined;
    });
    target.webContents.on('render-process-gone', (_event, details) => onRendererGone(target, details.reason));
    target.webContents.on('unresponsive', () => {
      if (presenting && !sessionEnding) watchdog.unresponsive();
    });
    target.webContents.on('responsive', () => watchdog.stop());
    target.webContents.on('before-input-event', (event, input) => {
      if (!presenting || input.type !== 'keyDown') return;
      const press = { code: input.code, control: input.control, alt: input.alt, shift: input.shift, meta: input.meta };
      if (!matchesChord(exitChord, press, process.platform === 'darwin')) return;
      event.preventDefault(); // the page never sees the chord
      void leave();
    });
  }

  async function openWindow(): Promise<BrowserWindow> {
    // macOS and Linux: shutdown or restart (Windows says so per window, with 'session-end').
    powerMonitor.on('shutdown', () => {
      sessionEnding = true;
    });
    screen.on('display-removed', (_event, removed) => onDisplayRemoved(removed));
    if (args.kiosk) {
      const display = await presentationDisplay();
      window = createMainWindow(options.paths, { bounds: display.bounds, route: '/kiosk' });
      enter(window, display.id);
    } else {
      window = createMainWindow(options.paths);
    }
    attach(window);
    return window;
  }

  async function present(): Promise<void> {
    const target = window;
    if (!target || presenting || starting) return;
    starting = true;
    try {
      const display = await presentationDisplay();
      // The window may have been closed while the settings were read.
      if (target.isDestroyed()) return;
      viewer = { bounds: target.getNormalBounds(), maximized: target.isMaximized() };
      if (target.isMinimized()) target.restore();
      if (target.isMaximized()) target.unmaximize();
      // Kiosk mode fills the display the window is on, so the window moves there first.
      // No least size for the show: a 1366×768 screen at 150% is 911×512, below the viewer's.
      target.setMinimumSize(0, 0);
      target.setBounds(display.bounds);
      target.setKiosk(true);
      enter(target, display.id);
      // Loaded from here rather than asked of the page: a page showing an error, or busy, would not
      // start the show, and the window would sit locked in kiosk mode over the viewer.
      void target.loadURL(showUrl());
    } finally {
      starting = false;
    }
  }

  /**
   * Leaving kiosk mode is asynchronous on macOS and Linux: the window leaves full screen after
   * setKiosk(false) returns, and bounds set before then are lost. Waits for 'leave-full-screen', or
   * a moment at most; Windows leaves at once.
   */
  function leftFullScreen(target: BrowserWindow): Promise<void> {
    if ((options.platform ?? process.platform) === 'win32') return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, LEAVE_FULL_SCREEN_MS);
      target.once('leave-full-screen', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  // eslint-disable-next-line @typescript-eslint/require-await -- the Api's KioskHost.leave is async; nothing here waits
  async function leave(): Promise<void> {
    if (!presenting) return;
    presenting = false;
    showingOn = undefined;
    stopBlocker();
    watchdog.stop();
    const target = window;
    // Deferred to the next turn, so that the exitKiosk reply reaches the page before it goes.
    if (args.kiosk) {
      setTimeout(() => app.quit(), 0);
      return;
    }
    if (!target || target.isDestroyed()) return;
    const left = leftFullScreen(target);
    target.setKiosk(false);
    options.menus.viewer();
    target.setMenuBarVisibility(true);
    setTimeout(() => {
      if (!target.isDestroyed()) void target.loadURL(viewerUrl());
    }, 0);
    // The viewer's size back once the window has left full screen; the exitKiosk reply does not wait for it.
    const back = viewer;
    void left.then(() => {
      if (target.isDestroyed()) return;
      target.setMinimumSize(VIEWER_MIN.width, VIEWER_MIN.height);
      if (back) {
        target.setBounds(back.bounds);
        if (back.maximized) target.maximize();
      }
    });
  }

  return {
    startedInKiosk: args.kiosk,
    host: { settingsPath: options.settingsPath, overrides: args.overrides, leave },
    openWindow,
    present,
    presenting: () => presenting,
  };
}
