import { vi } from 'vitest';
import type { MessageBoxReturnValue, Rectangle, SaveDialogReturnValue } from 'electron';

/**
 * A stand-in for the 'electron' module, so that the main-process and preload code runs without an
 * Electron binary (which only the e2e electron project has). A test file mocks 'electron' with it
 * and imports it itself, to get the same instance and inspect what the code did:
 *
 *   vi.mock('electron', () => import('./fake-electron'));
 *   import { fake, resetFakeElectron } from './fake-electron';
 *
 * The factory imports rather than refers to a top-level import because Vitest hoists vi.mock above
 * every import. Only what the code under test calls is here; add to it as the code grows.
 */

type Listener = (...args: unknown[]) => void;

/** Just enough of Node's EventEmitter for Electron's objects; listeners stay visible to tests. */
export class Emitter {
  readonly listeners = new Map<string, Listener[]>();
  on(name: string, listener: Listener): this {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
    return this;
  }
  // Never removed after the first call: nothing under test fires a once-event twice.
  once(name: string, listener: Listener): this {
    return this.on(name, listener);
  }
  emit(name: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(name) ?? []) listener(...args);
  }
  removeListener(name: string, listener: Listener): this {
    this.listeners.set(
      name,
      (this.listeners.get(name) ?? []).filter((l) => l !== listener),
    );
    return this;
  }
}

/** Fires an Electron event with a preventDefault; says whether a listener prevented it. */
function fire(emitter: Emitter, name: string, ...args: unknown[]): boolean {
  let prevented = false;
  emitter.emit(name, { preventDefault: () => (prevented = true) }, ...args);
  return prevented;
}

/** The window that has focus, for menus and dialogs: only its webContents.send is used. */
const focused = { webContents: { send: vi.fn() } };

/** Every window created since the last reset, in order. */
const windows: FakeWindow[] = [];
/** Window ids count up for the whole test file, never reused, as Electron's. */
let lastId = 0;

/** BrowserWindow: records its options and every call the shell makes on it. */
export class FakeWindow extends Emitter {
  static getFocusedWindow(): typeof focused {
    return focused;
  }

  /** The windows not destroyed, as Electron lists them. */
  static getAllWindows(): FakeWindow[] {
    return windows.filter((window) => !window.destroyed);
  }

  readonly options: unknown;
  /** Unique per window, as Electron's BrowserWindow.id. */
  readonly id = (lastId += 1);
  bounds: Rectangle = { x: 100, y: 80, width: 1280, height: 800 };
  destroyed = false;
  readonly webContents = Object.assign(new Emitter(), {
    send: vi.fn(),
    reload: vi.fn(),
    forcefullyCrashRenderer: vi.fn(),
    /** What the page answers to a script (the print view's ready state); a test sets the answers. */
    executeJavaScript: vi.fn<(code: string, userGesture?: boolean) => Promise<unknown>>(() => Promise.resolve('ready')),
    printToPDF: vi.fn<(options: unknown) => Promise<Buffer>>(() => Promise.resolve(Buffer.from('%PDF-1.4 fake'))),
  });
  readonly destroy = vi.fn(() => {
    this.destroyed = true;
  });
  /** Pages come from app://lvyuan now: a loadFile would fail the test on a missing function. */
  readonly loadURL = vi.fn<(url: string) => Promise<void>>(() => Promise.resolve());
  readonly setKiosk = vi.fn();
  readonly setMinimumSize = vi.fn();
  readonly setBounds = vi.fn((bounds: Rectangle) => (this.bounds = bounds));
  readonly getNormalBounds = (): Rectangle => this.bounds;
  readonly isMaximized = vi.fn(() => false);
  readonly isMinimized = (): boolean => false;
  readonly restore = vi.fn();
  readonly unmaximize = vi.fn();
  readonly maximize = vi.fn();
  readonly setMenuBarVisibility = vi.fn();
  readonly show = vi.fn();
  readonly isDestroyed = (): boolean => this.destroyed;

  constructor(options: unknown) {
    super();
    this.options = options;
    windows.push(this);
  }
}

const display = (id: number, x: number) => ({ id, bounds: { x, y: 0, width: 1920, height: 1080 } });

/** Three 1920×1080 displays side by side: the primary (11), one to its right (22), one to its left (33). */
const CONNECTED = [display(11, 0), display(22, 1920), display(33, -1920)];
/** What screen reports; unplug() takes one away, resetFakeElectron puts all three back. */
const displays = [...CONNECTED];
let primaryDisplay = 11;

/** screen: its displays, and 'display-removed' listeners for unplug() to call. */
const screenEvents = new Emitter();

/** Takes a display away and tells the listeners, as Electron does; optionally names a new primary. */
function unplug(id: number, newPrimary?: number): void {
  const index = displays.findIndex((d) => d.id === id);
  if (index < 0) throw new Error(`no display ${id} is connected`);
  const [removed] = displays.splice(index, 1);
  if (newPrimary !== undefined) primaryDisplay = newPrimary;
  screenEvents.emit('display-removed', {}, removed);
}

/** Ids handed out by powerSaveBlocker.start, kept until stopped. */
const started = new Set<number>();
let lastBlocker = 0;

const ipcListeners = new Map<string, Set<Listener>>();

type ProtocolHandler = (request: Request) => Response | Promise<Response>;

/** What the code under test did, and the helpers to drive it; the mocks are the ones the module exports. */
export const fake = {
  windows,
  fire,
  displays,
  unplug,
  screenEvents,
  focused,
  /** focused.webContents.send: menu commands sent to the renderer. */
  send: focused.webContents.send,
  quit: vi.fn(),
  setAppUserModelId: vi.fn(),
  powerMonitor: new Emitter(),
  blocker: {
    start: vi.fn<(type: string) => number>(() => {
      lastBlocker += 1;
      started.add(lastBlocker);
      return lastBlocker;
    }),
    stop: vi.fn((id: number) => started.delete(id)),
    isStarted: (id: number) => started.has(id),
  },
  showSaveDialog: vi.fn<(...args: unknown[]) => Promise<SaveDialogReturnValue>>(),
  showMessageBox: vi.fn<(...args: unknown[]) => Promise<MessageBoxReturnValue>>(),
  openPath: vi.fn<(path: string) => Promise<string>>(),
  showItemInFolder: vi.fn<(path: string) => void>(),
  /** The template of the last Menu.buildFromTemplate; undefined until a menu is built after a reset. */
  template: undefined as unknown[] | undefined,
  /** What the preload exposed to the page, by global name. */
  exposed: {} as Record<string, unknown>,
  /** ipcRenderer.on listeners by channel; a Set so that a test sees removeListener take effect. */
  ipcListeners,
  /** protocol.registerSchemesAsPrivileged: the schemes and privileges registered. */
  registerSchemesAsPrivileged: vi.fn<(schemes: unknown[]) => void>(),
  /** session.defaultSession.protocol.handle: the handler of each scheme, for a test to call. */
  protocolHandlers: new Map<string, ProtocolHandler>(),
  /** session.defaultSession.webRequest.onBeforeRequest: the listener, for a test to call. */
  beforeRequest: vi.fn<(listener: (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void) => void>(),
  /** app.on listeners, by event name: fire them with appEvents.emit(name, event, …). */
  get appEvents() {
    return appEvents;
  },
  /** ipcMain.handle: the handler of each channel, for a test to call. */
  ipcHandlers: new Map<string, (event: unknown, ...args: unknown[]) => unknown>(),
};

/**
 * Forgets the windows, the powerMonitor listeners and the menu that earlier tests left behind. The
 * preload's bridge and IPC listeners stay: the preload runs once per test file (modules are cached),
 * so clearing them would leave nothing for a later test to call. Mock calls are the test file's to
 * clear (vi.clearAllMocks), as they include its own mocks.
 */
export function resetFakeElectron(): void {
  windows.length = 0;
  fake.powerMonitor.listeners.clear();
  screenEvents.listeners.clear();
  displays.splice(0, displays.length, ...CONNECTED);
  primaryDisplay = 11;
  fake.template = undefined;
  fake.protocolHandlers.clear();
  fake.ipcHandlers.clear();
  appEvents.listeners.clear();
}

// ───────────── the module's exports, as 'electron' names them ─────────────

/** app's events ('browser-window-created', …), for a test to fire. */
const appEvents = new Emitter();

export const app = {
  quit: fake.quit,
  setAppUserModelId: fake.setAppUserModelId,
  isPackaged: false,
  getPath: (name: string) => `/home/user/${name}`,
  on: (name: string, listener: Listener) => appEvents.on(name, listener),
};

export const protocol = { registerSchemesAsPrivileged: fake.registerSchemesAsPrivileged };

export const BrowserWindow = FakeWindow;

export const screen = {
  getAllDisplays: () => displays,
  // A primary unplugged with no new one named is still returned: the worst case for the shell.
  getPrimaryDisplay: () => [...displays, ...CONNECTED].find((d) => d.id === primaryDisplay),
  on: (name: string, listener: Listener) => screenEvents.on(name, listener),
};

export const powerSaveBlocker = fake.blocker;
export const powerMonitor = fake.powerMonitor;

export const session = {
  defaultSession: {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    webRequest: { onBeforeRequest: fake.beforeRequest },
    protocol: {
      handle: (scheme: string, handler: ProtocolHandler) => {
        fake.protocolHandlers.set(scheme, handler);
      },
    },
  },
};

export const ipcMain = {
  handle: (channel: string, handler: (event: unknown, ...args: unknown[]) => unknown) => {
    fake.ipcHandlers.set(channel, handler);
  },
};

export const dialog = { showSaveDialog: fake.showSaveDialog, showMessageBox: fake.showMessageBox };

export const shell = { openPath: fake.openPath, showItemInFolder: fake.showItemInFolder };

export const Menu = {
  buildFromTemplate: (template: unknown[]) => {
    fake.template = template;
    return { template };
  },
  setApplicationMenu: vi.fn(),
};

export const contextBridge = {
  exposeInMainWorld: (key: string, value: unknown) => {
    fake.exposed[key] = value;
  },
};

export const ipcRenderer = {
  invoke: vi.fn(),
  on: (channel: string, listener: Listener) => {
    const set = ipcListeners.get(channel) ?? new Set();
    set.add(listener);
    ipcListeners.set(channel, set);
  },
  removeListener: (channel: string, listener: Listener) => ipcListeners.get(channel)?.delete(listener),
};
