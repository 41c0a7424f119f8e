import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserWindowConstructorOptions } from 'electron';
import { fake, resetFakeElectron, type FakeWindow } from './fake-electron';

/**
 * The presentation's Electron shell (electron/main/kiosk.ts) against the stand-in for the 'electron'
 * module: windows, displays and the power-save blocker are recorded, events are fired by hand.
 */
vi.mock('electron', () => import('./fake-electron'));

const { createKioskShell } = await import('../../electron/main/kiosk');
const { parseKioskArgs } = await import('../../electron/main/kiosk-args');
const { boundsAfterRemoval, displayAfterRemoval, pickDisplay, waylandDisplayWarning } = await import('../../electron/main/kiosk-display');
const { loadKioskSettings } = await import('../../electron/services/kiosk-settings');

const paths = { preload: '/app/dist/preload/index.cjs' };
// The pages, on the app's own origin (services/app-protocol.ts serves them): never file://.
/** The show and the viewer, each load a new address (a unique query) so that a wedged page is loaded afresh. */
const SHOW = expect.stringMatching(/^app:\/\/lvyuan\/index\.html\?load=\d+#\/kiosk$/u) as string;
const VIEWER = 'app://lvyuan/index.html';
const OVERVIEW = expect.stringMatching(/^app:\/\/lvyuan\/index\.html\?load=\d+#\/$/u) as string;
const ERROR_SLIDE = 'app://lvyuan/kiosk-error.html';
const MIN = 60_000;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lvyuan-kiosk-shell-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeEach(() => {
  vi.clearAllMocks();
  resetFakeElectron();
});

let files = 0;
function settings(content: unknown): string {
  const path = join(dir, `kiosk-${++files}.json`);
  writeFileSync(path, JSON.stringify(content));
  return path;
}

/** A shell on the given command line, with its log and clock in the test's hands. */
function shell(args: string[], settingsPath = join(dir, 'absent.json')) {
  const log: string[] = [];
  const clock = { now: 0 };
  const menus = { viewer: vi.fn(), presentation: vi.fn() };
  const kiosk = createKioskShell({
    argv: ['/opt/lvyuan/lvyuan-report', ...args],
    settingsPath,
    paths,
    menus,
    log: (line) => log.push(line),
    now: () => clock.now,
  });
  return { kiosk, log, clock, menus };
}

const closeIsPrevented = (window: FakeWindow) => fake.fire(window, 'close');
const crash = (window: FakeWindow, reason = 'crashed') => fake.fire(window.webContents, 'render-process-gone', { reason, exitCode: 1 });
/** leave() defers the quit and the navigation by one turn, so that the IPC reply goes out first. */
const nextTurn = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('the command line', () => {
  it('reads --kiosk, --interval, --screen and --kiosk-lang (and the old --display and --lang) among Electron and Chromium switches', () => {
    const argv = [
      '/usr/lib/electron',
      '.',
      '--no-sandbox',
      '--kiosk',
      '--interval',
      '20',
      '--enable-logging',
      '--display',
      '2',
      '--remote-debugging-port=9222',
      '--lang=en',
      '--ozone-platform=x11',
    ];
    expect(parseKioskArgs(argv)).toMatchObject({ kiosk: true, overrides: { intervalSeconds: 20, display: 2, lang: 'en' } });
    expect(parseKioskArgs(['C:\\Lüyuan Report\\lvyuan-report.exe', '--kiosk'])).toEqual({ kiosk: true, overrides: {}, warnings: [] });
    expect(parseKioskArgs(['/usr/bin/lvyuan-report', '--disable-gpu', 'file.txt'])).toEqual({ kiosk: false, overrides: {}, warnings: [] });
    expect(parseKioskArgs(['x', '--interval=-5', '--screen', '1.5'])).toEqual({ kiosk: false, overrides: { intervalSeconds: -5, display: 1.5 }, warnings: [] });
    // --screen and --kiosk-lang; the old spellings, also Chromium's switches, still work and say to change.
    expect(parseKioskArgs(['x', '--screen', '2', '--kiosk-lang', 'cycle'])).toEqual({ kiosk: false, overrides: { display: 2, lang: 'cycle' }, warnings: [] });
    expect(parseKioskArgs(['x', '--display', '2', '--lang', 'en']).warnings).toEqual([
      '[kiosk] --display is also a Chromium switch (an X11 display): write --screen N',
      '[kiosk] --lang is also a Chromium switch (its locale): write --kiosk-lang zh-Hant|zh-Hans|en|cycle',
    ]);
  });

  it('passes what is not a number on as given, for the settings to name it', async () => {
    expect(parseKioskArgs(['x', '--interval', 'abc']).overrides).toEqual({ intervalSeconds: 'abc' });
    expect(parseKioskArgs(['x', '--interval', '']).overrides).toEqual({ intervalSeconds: '' });
    expect(parseKioskArgs(['x', '--interval']).overrides).toEqual({ intervalSeconds: true });
    const named = async (argv: string[]) => {
      const load = await loadKioskSettings(undefined, parseKioskArgs(argv).overrides);
      return load.ok ? 'ok' : load.message;
    };
    expect(await named(['x', '--interval', 'abc'])).toBe('command line: "intervalSeconds" must be a number of seconds');
    expect(await named(['x', '--interval', ''])).toBe('command line: "intervalSeconds" must be a number of seconds');
    expect(await named(['x', '--interval=-5'])).toBe('command line: "intervalSeconds" must be at least 1 second');
    expect(await named(['x', '--screen', '0'])).toBe('command line: "display" must be 1 or more (1 is the primary display)');
    expect(await named(['x', '--lang', 'fr'])).toBe('command line: "lang" must be one of zh-Hant, zh-Hans, en, cycle');
    expect(await named(['x', '--interval', '20', '--screen', '2'])).toBe('ok');
  });
});

describe('choosing the display', () => {
  const a = { id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 } };
  const b = { id: 2, bounds: { x: 1920, y: 0, width: 1280, height: 1024 } };
  const c = { id: 3, bounds: { x: -1920, y: 0, width: 1920, height: 1080 } };

  it('counts from the primary as 1, then the others in the order listed', () => {
    expect(pickDisplay([a, b, c], b, 1)).toEqual({ display: b });
    expect(pickDisplay([a, b, c], b, 2)).toEqual({ display: a });
    expect(pickDisplay([a, b, c], b, 3)).toEqual({ display: c });
  });

  it('uses the primary when display N is not connected, and says why', () => {
    expect(pickDisplay([a, b, c], a, 4)).toEqual({ display: a, problem: 'display 4 not found (3 displays connected); using the primary display' });
    expect(pickDisplay([a], a, 2)).toEqual({ display: a, problem: 'display 2 not found (1 display connected); using the primary display' });
  });

  it('after an unplug, moves the show to the primary only if it was on the display that went', () => {
    // The show on b, b unplugged: to the primary.
    expect(displayAfterRemoval([a, c], a, 2, 2)).toBe(a);
    // Another display went, or nothing is shown: stay.
    expect(displayAfterRemoval([a, b], a, 3, 2)).toBeUndefined();
    expect(displayAfterRemoval([a, c], a, 2, undefined)).toBeUndefined();
    // The primary itself went and is still named primary: the first display left.
    expect(displayAfterRemoval([b, c], a, 1, 1)).toBe(b);
    // Nothing left to show on.
    expect(displayAfterRemoval([], a, 1, 1)).toBeUndefined();
  });

  it('after an unplug, brings the viewer back onto a display that is there', () => {
    const onB = { x: 2000, y: 100, width: 1280, height: 800 };
    expect(boundsAfterRemoval(onB, b.bounds, a.bounds)).toEqual({ x: 0, y: 0, width: 1280, height: 800 });
    // Larger than the display it goes to: made to fit.
    const small = { x: -1024, y: 0, width: 1024, height: 768 };
    expect(boundsAfterRemoval({ x: 1920, y: 0, width: 1280, height: 1024 }, b.bounds, small)).toEqual({ x: -1024, y: 0, width: 1024, height: 768 });
    // On another display: left where it is.
    const onA = { x: 100, y: 80, width: 1280, height: 800 };
    expect(boundsAfterRemoval(onA, b.bounds, a.bounds)).toBe(onA);
  });
});

describe('starting with --kiosk', () => {
  it('opens the window in kiosk mode on display N at #/kiosk, keeps the display awake, with the empty menu', async () => {
    const { kiosk, log, menus } = shell(['--kiosk', '--screen', '2']);
    expect(kiosk.startedInKiosk).toBe(true);
    const window = (await kiosk.openWindow()) as unknown as FakeWindow;
    const options = window.options as BrowserWindowConstructorOptions;
    expect(options).toMatchObject({ x: 1920, y: 0, width: 1920, height: 1080, kiosk: true });
    // The security settings are createMainWindow's, unchanged.
    expect(options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(options.webPreferences).not.toHaveProperty('disableBlinkFeatures');
    // A new window's first page needs no query: nothing was there to stay wedged.
    expect(window.loadURL).toHaveBeenCalledExactlyOnceWith('app://lvyuan/index.html#/kiosk');
    expect(fake.blocker.start).toHaveBeenCalledExactlyOnceWith('prevent-display-sleep');
    expect(menus.presentation).toHaveBeenCalledOnce();
    expect(window.setMenuBarVisibility).toHaveBeenCalledWith(false);
    expect(log).toEqual([]);
  });

  it('takes the display from kiosk.json, and the command line over it', async () => {
    const path = settings({ display: 3 });
    const fromFile = (await shell(['--kiosk'], path).kiosk.openWindow()) as unknown as FakeWindow;
    expect(fromFile.options).toMatchObject({ x: -1920 });
    const fromArgs = (await shell(['--kiosk', '--screen', '2'], path).kiosk.openWindow()) as unknown as FakeWindow;
    expect(fromArgs.options).toMatchObject({ x: 1920 });
  });

  it('goes to the primary display, with a log line, when display N is missing', async () => {
    const { kiosk, log } = shell(['--kiosk', '--screen', '5']);
    const window = (await kiosk.openWindow()) as unknown as FakeWindow;
    expect(window.options).toMatchObject({ x: 0, width: 1920, kiosk: true });
    expect(log).toEqual(['[kiosk] display 5 not found (3 displays connected); using the primary display']);
  });

  it('still presents on the primary with bad settings, and logs what is wrong (the slide shows it too)', async () => {
    const path = settings({ display: 0, intervalSeconds: 'x' });
    const { kiosk, log } = shell(['--kiosk'], path);
    const window = (await kiosk.openWindow()) as unknown as FakeWindow;
    expect(window.options).toMatchObject({ x: 0, kiosk: true });
    expect(log).toEqual([
      `[kiosk] ${path}: "intervalSeconds" must be a number of seconds`,
      `[kiosk] ${path}: "display" must be 1 or more (1 is the primary display)`,
    ]);
  });

  it('refuses to close (Alt+F4, the close button, quit) until left; leaving stops the blocker and quits', async () => {
    const { kiosk } = shell(['--kiosk']);
    const window = (await kiosk.openWindow()) as unknown as FakeWindow;
    expect(closeIsPrevented(window)).toBe(true);
    expect(closeIsPrevented(window)).toBe(true);
    await kiosk.host.leave();
    expect(fake.blocker.stop).toHaveBeenCalledExactlyOnceWith(fake.blocker.start.mock.results[0]?.value);
    expect(closeIsPrevented(window)).toBe(false);
    expect(fake.quit).not.toHaveBeenCalled();
    await nextTurn();
    expect(fake.quit).toHaveBeenCalledOnce();
    expect(window.setKiosk).not.toHaveBeenCalled();
  });

  it('gives the Api the settings path and the command-line overrides', () => {
    const { kiosk } = shell(['--kiosk', '--interval', '20'], '/home/u/.config/Lüyuan Report/kiosk.json');
    expect(kiosk.host).toMatchObject({ settingsPath: '/home/u/.config/Lüyuan Report/kiosk.json', overrides: { intervalSeconds: 20 } });
  });

  it('lets the operating system end the session: Windows per window, macOS and Linux through powerMonitor', async () => {
    const onWindows = (await shell(['--kiosk']).kiosk.openWindow()) as unknown as FakeWindow;
    onWindows.emit('session-end', {});
    expect(closeIsPrevented(onWindows)).toBe(false);
    fake.powerMonitor.listeners.clear();
    const elsewhere = (await shell(['--kiosk']).kiosk.openWindow()) as unknown as FakeWindow;
    expect(closeIsPrevented(elsewhere)).toBe(true);
    fake.powerMonitor.emit('shutdown');
    expect(closeIsPrevented(elsewhere)).toBe(false);
    // Nor is a renderer that goes with the session brought back.
    crash(elsewhere, 'killed');
    expect(elsewhere.webContents.reload).not.toHaveBeenCalled();
  });
});

describe('starting from the menu', () => {
  it('opens the viewer as before: no kiosk, no blocker, closes freely', async () => {
    const { kiosk, menus } = shell([]);
    expect(kiosk.startedInKiosk).toBe(false);
    const window = (await kiosk.openWindow()) as unknown as FakeWindow;
    expect(window.options).not.toHaveProperty('kiosk');
    expect(window.loadURL).toHaveBeenCalledExactlyOnceWith(VIEWER);
    expect(fake.blocker.start).not.toHaveBeenCalled();
    expect(menus.presentation).not.toHaveBeenCalled();
    expect(closeIsPrevented(window)).toBe(false);
  });

  it('moves the window to display N in kiosk mode, then loads the show at #/kiosk itself', async () => {
    const { kiosk, menus } = shell(['--screen', '3']);
    const window = (await kiosk.openWindow()) as unknown as FakeWindow;
    window.loadURL.mockClear();
    await kiosk.present();
    expect(window.setBounds).toHaveBeenCalledWith({ x: -1920, y: 0, width: 1920, height: 1080 });
    expect(window.setKiosk).toHaveBeenCalledExactlyOnceWith(true);
    expect(window.setBounds.mock.invocationCallOrder[0]).toBeLessThan(window.setKiosk.mock.invocationCallOrder[0]!);
    // Not left to the page (which may be showing an error, or busy) to react to a menu message.
    expect(window.loadURL).toHaveBeenCalledExactlyOnceWith(SHOW);
    expect(window.setKiosk.mock.invocationCallOrder[0]).toBeLessThan(window.loadURL.mock.invocationCallOrder[0]!);
    expect(window.webContents.send).not.toHaveBeenCalled();
    expect(fake.blocker.start).toHaveBeenCalledExactlyOnceWith('prevent-display-sleep');
    expect(menus.presentation).toHaveBeenCalledOnce();
    expect(window.setMenuBarVisibility).toHaveBeenCalledWith(false);
    expect(closeIsPrevented(window)).toBe(true);
    // F5 again while presenting changes nothing.
    await kiosk.present();
    expect(window.setKiosk).toHaveBeenCalledOnce();
    expect(window.loadURL).toHaveBeenCalledOnce();
    expect(fake.blocker.start).toHaveBeenCalledOnce();
  });

  it('on leaving, goes back to the viewer where it was: kiosk off, menu back, blocker stopped, the first section', async () => {
    const { kiosk, menus } = shell([]);
    const window = (await kiosk.openWindow()) as unknown as FakeWindow;
    window.isMaximized.mockReturnValue(true);
    await kiosk.present();
    expect(window.unmaximize).toHaveBeenCalledOnce();
    window.isMaximized.mockReturnValue(false);
    expect(window.setMinimumSize).toHaveBeenLastCalledWith(0, 0);
    await kiosk.host.leave();
    expect(window.setKiosk).toHaveBeenLastCalledWith(false);
    // On Linux (and macOS) the window leaves full screen after setKiosk(false) returns: the viewer's
    // bounds go back once it has, not before, when they would be lost.
    expect(window.setBounds).not.toHaveBeenLastCalledWith({ x: 100, y: 80, width: 1280, height: 800 });
    window.emit('leave-full-screen');
    await nextTurn();
    expect(window.setBounds).toHaveBeenLastCalledWith({ x: 100, y: 80, width: 1280, height: 800 });
    expect(window.setMinimumSize).toHaveBeenLastCalledWith(1024, 640);
    expect(window.maximize).toHaveBeenCalledOnce();
    expect(menus.viewer).toHaveBeenCalledOnce();
    expect(window.setMenuBarVisibility).toHaveBeenLastCalledWith(true);
    expect(fake.blocker.stop).toHaveBeenCalledExactlyOnceWith(fake.blocker.start.mock.results[0]?.value);
    expect(closeIsPrevented(window)).toBe(false);
    await nextTurn();
    expect(window.loadURL).toHaveBeenLastCalledWith(OVERVIEW);
    expect(fake.quit).not.toHaveBeenCalled();
    // Leaving twice, or when not presenting, does nothing.
    await kiosk.host.leave();
    expect(window.setKiosk).toHaveBeenCalledTimes(2);
    // And the presentation can start again.
    await kiosk.present();
    expect(window.setKiosk).toHaveBeenLastCalledWith(true);
    expect(closeIsPrevented(window)).toBe(true);
  });
});

describe('a renderer that dies while presenting', () => {
  it('is reloaded 3 times in 5 minutes, then the error slide is shown; each with one log line', async () => {
    const { kiosk, log, clock } = shell(['--kiosk']);
    const window = (await kiosk.openWindow()) as unknown as FakeWindow;
    window.loadURL.mockClear();
    crash(window, 'crashed');
    clock.now = 1 * MIN;
    crash(window, 'oom');
    clock.now = 2 * MIN;
    crash(window, 'killed');
    expect(window.webContents.reload).toHaveBeenCalledTimes(3);
    expect(window.loadURL).not.toHaveBeenCalled();
    clock.now = 4 * MIN;
    crash(window, 'crashed');
    expect(window.webContents.reload).toHaveBeenCalledTimes(3);
    expect(window.loadURL).toHaveBeenCalledExactlyOnceWith(ERROR_SLIDE);
    expect(log).toEqual([
      '[kiosk] renderer gone (crashed), reload 1 of 3 in 5 min',
      '[kiosk] renderer gone (oom), reload 2 of 3 in 5 min',
      '[kiosk] renderer gone (killed), reload 3 of 3 in 5 min',
      '[kiosk] renderer gone 4 times in 5 min; showing the error slide',
    ]);
    // Still locked on the error slide.
    expect(closeIsPrevented(window)).toBe(true);
  });

  it('is reloaded again once the earlier crashes are more than 5 minutes old', async () => {
    const { kiosk, log, clock } = shell(['--kiosk']);
    const window = (await kiosk.openWindow()) as unknown as FakeWindow;
    for (const minute of [0, 1, 2]) {
      clock.now = minute * MIN;
      crash(window);
    }
    clock.now = 7 * MIN;
    crash(window);
    expect(window.webContents.reload).toHaveBeenCalledTimes(4);
    expect(log.at(-1)).toBe('[kiosk] renderer gone (crashed), reload 1 of 3 in 5 min');
  });

  it('is left alone in the viewer, where someone is at the screen', async () => {
    const { kiosk, log } = shell([]);
    const window = (await kiosk.openWindow()) as unknown as FakeWindow;
    crash(window);
    expect(window.webContents.reload).not.toHaveBeenCalled();
    expect(log).toEqual([]);
  });

  it('starts each presentation with a clean count', async () => {
    const { kiosk, log } = shell([]);
    const window = (await kiosk.openWindow()) as unknown as FakeWindow;
    await kiosk.present();
    for (let i = 0; i < 3; i += 1) crash(window);
    await kiosk.host.leave();
    await kiosk.present();
    crash(window);
    expect(log.at(-1)).toBe('[kiosk] renderer gone (crashed), reload 1 of 3 in 5 min');
  });
});

describe('the exit chord, heard by the main process whenever the window presents', () => {
  const chord = { type: 'keyDown', code: 'KeyQ', key: 'Q', control: true, alt: true, shift: true, meta: false };
  const press = (window: FakeWindow, input: object) => fake.fire(window.webContents, 'before-input-event', input);

  it('leaves during the show, before the page sees the keys', async () => {
    const { kiosk } = shell(['--kiosk']);
    const window = (await kiosk.openWindow()) as unknown as FakeWindow;
    expect(closeIsPrevented(window)).toBe(true);
    expect(press(window, chord)).toBe(true);
    expect(closeIsPrevented(window)).toBe(false);
    expect(fake.blocker.stop).toHaveBeenCalledOnce();
    await nextTurn();
    expect(fake.quit).toHaveBeenCalledOnce();
  });

  it('leaves a presentation started from the menu, back to the viewer', async () => {
    const { kiosk, menus } = shell([]);
    const window = (await kiosk.openWindow()) as unknown as FakeWindow;
    await kiosk.present();
    expect(press(window, chord)).toBe(true);
    expect(window.setKiosk).toHaveBeenLastCalledWith(false);
    expect(menus.viewer).toHaveBeenCalledOnce();
    await nextTurn();
    expect(window.loadURL).toHaveBeenLastCalledWith(OVERVIEW);
    expect(fake.quit).not.toHaveBeenCalled();
  });

  it('leaves on the error slide, which runs no script', async () => {
    const { kiosk } = shell(['--kiosk']);
    const window = (await kiosk.openWindow()) as unknown as FakeWindow;
    for (let i = 0; i < 4; i += 1) crash(window);
    expect(window.loadURL).toHaveBeenLastCalledWith(ERROR_SLIDE);
    expect(press(window, chord)).toBe(true);
    expect(closeIsPrevented(window)).toBe(false);
  });

  it('uses the chord of kiosk.json', async () => {
    const { kiosk } = shell(['--kiosk'], settings({ exit: { chord: 'Control+Shift+X' } }));
    const window = (await kiosk.openWindow()) as unknown as FakeWindow;
    expect(press(window, chord)).toBe(false);
    expect(closeIsPrevented(window)).toBe(true);
    expect(press(window, { ...chord, code: 'KeyX', key: 'X', alt: false })).toBe(true);
    expect(closeIsPrevented(window)).toBe(false);
  });

  it('falls back to the default chord when kiosk.json is invalid, so a typo cannot lock the screen for good', async () => {
    for (const path of [settings({ exit: { chord: 'Q', pin: '12' } }), settings({ intervalSeconds: 'x', exit: { chord: 'Control+Shift+X' } })]) {
      const { kiosk, log } = shell(['--kiosk'], path);
      const window = (await kiosk.openWindow()) as unknown as FakeWindow;
      expect(log.length).toBeGreaterThan(0);
      expect(press(window, { ...chord, code: 'KeyX', key: 'X', alt: false })).toBe(false);
      expect(press(window, chord)).toBe(true);
      expect(closeIsPrevented(window)).toBe(false);
    }
    // Not JSON at all, from the menu.
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{ "exit": { "chord": "Control+Shift+X" ');
    const { kiosk } = shell([], broken);
    const window = (await kiosk.openWindow()) as unknown as FakeWindow;
    await kiosk.present();
    expect(press(window, chord)).toBe(true);
    expect(closeIsPrevented(window)).toBe(false);
  });

  it('lets every other key through to the page: arrows, Esc, Alt+F4, the chord with a key too many or too few', async () => {
    const { kiosk } = shell(['--kiosk']);
    const window = (await kiosk.openWindow()) as unknown as FakeWindow;
    const others = [
      { type: 'keyDown', code: 'ArrowRight', key: 'ArrowRight', control: false, alt: false, shift: false, meta: false },
      { type: 'keyDown', code: 'Escape', key: 'Escape', control: false, alt: false, shift: false, meta: false },
      { type: 'keyDown', code: 'F4', key: 'F4', control: false, alt: true, shift: false, meta: false },
      { ...chord, shift: false },
      { ...chord, meta: true },
      { ...chord, code: 'KeyW', key: 'W' },
    ];
    for (const input of others) expect(press(window, input), JSON.stringify(input)).toBe(false);
    expect(closeIsPrevented(window)).toBe(true);
  });

  it('ignores the key coming up, and is not heard in the viewer', async () => {
    const presenting = (await shell(['--kiosk']).kiosk.openWindow()) as unknown as FakeWindow;
    expect(press(presenting, { ...chord, type: 'keyUp' })).toBe(false);
    expect(closeIsPrevented(presenting)).toBe(true);
    const { kiosk, menus } = shell([]);
    const viewer = (await kiosk.openWindow()) as unknown as FakeWindow;
    expect(press(viewer, chord)).toBe(false);
    expect(menus.viewer).not.toHaveBeenCalled();
    expect(viewer.setKiosk).not.toHaveBeenCalled();
  });
});

describe('a renderer that hangs while presenting', () => {
  const unresponsive = (window: FakeWindow) => window.webContents.emit('unresponsive');
  const responsive = (window: FakeWindow) => window.webContents.emit('responsive');
  // What Electron does after forcefullyCrashRenderer().
  const crashOnForce = (window: FakeWindow) => window.webContents.forcefullyCrashRenderer.mockImplementation(() => crash(window, 'killed'));

  afterEach(() => {
    vi.useRealTimers();
  });

  it('is ended after 30 s without an answer, and the circuit breaker reloads it', async () => {
    const { kiosk, log } = shell(['--kiosk']);
    const window = (await kiosk.openWindow()) as unknown as FakeWindow;
    crashOnForce(window);
    vi.useFakeTimers();
    unresponsive(window);
    vi.advanceTimersByTime(29_999);
    // Chromium repeats the event while the hang lasts; that does not push the deadline back.
    unresponsive(window);
    expect(window.webContents.forcefullyCrashRenderer).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(window.webContents.forcefullyCrashRenderer).toHaveBeenCalledOnce();
    expect(window.webContents.reload).toHaveBeenCalledOnce();
    expect(log).toEqual(['[kiosk] renderer unresponsive for 30 s; restarting it', '[kiosk] renderer gone (killed), reload 1 of 3 in 5 min']);
    expect(closeIsPrevented(window)).toBe(true);
  });

  it('is left alone when it answers again within 30 s', async () => {
    const { kiosk, log } = shell(['--kiosk']);
    const window = (await kiosk.openWindow()) as unknown as FakeWindow;
    vi.useFakeTimers();
    unresponsive(window);
    vi.advanceTimersByTime(20_000);
    responsive(window);
    vi.advanceTimersByTime(60_000);
    expect(window.webContents.forcefullyCrashRenderer).not.toHaveBeenCalled();
    // A later hang gets its own full 30 s.
    unresponsive(window);
    vi.advanceTimersByTime(29_000);
    expect(window.webContents.forcefullyCrashRenderer).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1_000);
    expect(window.webContents.forcefullyCrashRenderer).toHaveBeenCalledOnce();
    expect(log).toEqual(['[kiosk] renderer unresponsive for 30 s; restarting it']);
  });

  it('does not count against the renderer that replaced a crashed one', async () => {
    const { kiosk } = shell(['--kiosk']);
    const window = (await kiosk.openWindow()) as unknown as FakeWindow;
    vi.useFakeTimers();
    unresponsive(window);
    vi.advanceTimersByTime(10_000);
    crash(window);
    vi.advanceTimersByTime(60_000);
    expect(window.webContents.forcefullyCrashRenderer).not.toHaveBeenCalled();
  });

  it('is left alone in the viewer, and after leaving', async () => {
    const inViewer = shell([]);
    const viewer = (await inViewer.kiosk.openWindow()) as unknown as FakeWindow;
    const { kiosk } = shell([]);
    const window = (await kiosk.openWindow()) as unknown as FakeWindow;
    await kiosk.present();
    vi.useFakeTimers();
    unresponsive(viewer);
    unresponsive(window);
    vi.advanceTimersByTime(10_000);
    await kiosk.host.leave();
    vi.advanceTimersByTime(60_000);
    expect(viewer.webContents.forcefullyCrashRenderer).not.toHaveBeenCalled();
    expect(window.webContents.forcefullyCrashRenderer).not.toHaveBeenCalled();
    expect(inViewer.log).toEqual([]);
  });
});

describe('a display unplugged during the show', () => {
  const primary = { x: 0, y: 0, width: 1920, height: 1080 };

  it('moves the show to the primary display, still in kiosk mode, with a log line', async () => {
    const { kiosk, log } = shell(['--kiosk', '--screen', '2']);
    const window = (await kiosk.openWindow()) as unknown as FakeWindow;
    expect(window.options).toMatchObject({ x: 1920, kiosk: true });
    fake.unplug(22);
    // Out of kiosk mode, onto the primary's bounds, back into kiosk mode: in that order.
    expect(window.setKiosk.mock.calls).toEqual([[false], [true]]);
    expect(window.setBounds).toHaveBeenCalledExactlyOnceWith(primary);
    expect(window.setKiosk.mock.invocationCallOrder[0]).toBeLessThan(window.setBounds.mock.invocationCallOrder[0]!);
    expect(window.setBounds.mock.invocationCallOrder[0]).toBeLessThan(window.setKiosk.mock.invocationCallOrder[1]!);
    expect(log).toEqual(["[kiosk] the show's display was removed; moving the show to the primary display"]);
    // Still locked, still awake, the show not reloaded.
    expect(closeIsPrevented(window)).toBe(true);
    expect(fake.blocker.stop).not.toHaveBeenCalled();
    expect(window.loadURL).toHaveBeenCalledOnce();
  });

  it('stays where it is when another display goes', async () => {
    const { kiosk, log } = shell(['--kiosk', '--screen', '2']);
    const window = (await kiosk.openWindow()) as unknown as FakeWindow;
    fake.unplug(33);
    expect(window.setBounds).not.toHaveBeenCalled();
    expect(window.setKiosk).not.toHaveBeenCalled();
    expect(log).toEqual([]);
  });

  it('says in one line that Wayland ignores a chosen display, unless the app runs through X11', () => {
    const wayland = { XDG_SESSION_TYPE: 'wayland' };
    expect(waylandDisplayWarning(2, wayland, ['app', '--screen', '2'], 'linux')).toBe(
      '[kiosk] display 2 was asked for, but on Wayland a window cannot place itself: start the app with --ozone-platform=x11',
    );
    expect(waylandDisplayWarning(2, { WAYLAND_DISPLAY: 'wayland-0' }, ['app'], 'linux')).toMatch(/^\[kiosk\] display 2 /u);
    // Through XWayland, on the primary display, on X11, or not on Linux: nothing to say.
    expect(waylandDisplayWarning(2, wayland, ['app', '--ozone-platform=x11'], 'linux')).toBeUndefined();
    expect(waylandDisplayWarning(2, wayland, ['app', '--ozone-platform', 'x11'], 'linux')).toBeUndefined();
    expect(waylandDisplayWarning(1, wayland, ['app'], 'linux')).toBeUndefined();
    expect(waylandDisplayWarning(2, { XDG_SESSION_TYPE: 'x11' }, ['app'], 'linux')).toBeUndefined();
    expect(waylandDisplayWarning(2, wayland, ['app'], 'win32')).toBeUndefined();
  });

  it('on Windows, which leaves kiosk mode at once, puts the viewer back at once', async () => {
    const kiosk = createKioskShell({
      argv: ['x'],
      settingsPath: join(dir, 'absent.json'),
      paths,
      menus: { viewer: vi.fn(), presentation: vi.fn() },
      log: () => undefined,
      platform: 'win32',
    });
    const window = (await kiosk.openWindow()) as unknown as FakeWindow;
    await kiosk.present();
    await kiosk.host.leave();
    await nextTurn();
    expect(window.setBounds).toHaveBeenLastCalledWith({ x: 100, y: 80, width: 1280, height: 800 });
    expect(window.setMinimumSize).toHaveBeenLastCalledWith(1024, 640);
  });

  it('moves a show started from the menu, and the viewer then comes back on a display that is there', async () => {
    const { kiosk } = shell(['--screen', '2']);
    const window = (await kiosk.openWindow()) as unknown as FakeWindow;
    // The viewer sits on display 2 when the show starts there.
    window.bounds = { x: 2000, y: 100, width: 1280, height: 800 };
    await kiosk.present();
    expect(window.setBounds).toHaveBeenLastCalledWith({ x: 1920, y: 0, width: 1920, height: 1080 });
    fake.unplug(22);
    expect(window.setBounds).toHaveBeenLastCalledWith(primary);
    expect(window.setKiosk).toHaveBeenLastCalledWith(true);
    await kiosk.host.leave();
    expect(window.setKiosk).toHaveBeenLastCalledWith(false);
    window.emit('leave-full-screen');
    await nextTurn();
    expect(window.setBounds).toHaveBeenLastCalledWith({ x: 0, y: 0, width: 1280, height: 800 });
  });

  it('follows a show that moved once already, and goes to the first display left when the primary goes', async () => {
    const { kiosk } = shell(['--kiosk', '--screen', '2']);
    const window = (await kiosk.openWindow()) as unknown as FakeWindow;
    fake.unplug(22);
    expect(window.setBounds).toHaveBeenLastCalledWith(primary);
    // Now on the primary (11); it goes too, and the operating system has not named another yet.
    fake.unplug(11);
    expect(window.setBounds).toHaveBeenLastCalledWith({ x: -1920, y: 0, width: 1920, height: 1080 });
    expect(window.setKiosk).toHaveBeenLastCalledWith(true);
  });

  it('does nothing in the viewer, after leaving, or once the window is gone', async () => {
    const inViewer = shell([]);
    const viewer = (await inViewer.kiosk.openWindow()) as unknown as FakeWindow;
    fake.unplug(11, 22);
    expect(viewer.setBounds).not.toHaveBeenCalled();
    expect(inViewer.log).toEqual([]);

    resetFakeElectron();
    const { kiosk, log } = shell(['--screen', '2']);
    const window = (await kiosk.openWindow()) as unknown as FakeWindow;
    await kiosk.present();
    await kiosk.host.leave();
    window.setBounds.mockClear();
    fake.unplug(22);
    expect(window.setBounds).not.toHaveBeenCalled();

    resetFakeElectron();
    const closed = shell(['--kiosk', '--screen', '2']);
    const gone = (await closed.kiosk.openWindow()) as unknown as FakeWindow;
    gone.destroyed = true;
    fake.unplug(22);
    expect(gone.setBounds).not.toHaveBeenCalled();
    expect([...log, ...closed.log]).toEqual([]);
  });
});
