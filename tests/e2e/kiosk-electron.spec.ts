import { electronBinary } from '../../scripts/electron-binary.mjs';
import { expect, isElectron, test } from './fixtures';

const NO_BINARY = 'No Electron binary installed (offline install with ELECTRON_SKIP_BINARY_DOWNLOAD); kiosk.spec.ts covers the show in the preview.';

// The real shell: --kiosk opens the show in kiosk mode, and the window cannot be closed until the
// exit is unlocked (here with the default chord, Control+Alt+Shift+Q).
test('--kiosk presents in kiosk mode, refuses to close while locked, and quits on the chord', async ({ playwright }, testInfo) => {
  testInfo.skip(!isElectron(testInfo), 'Runs in the electron project only.');
  const binary = electronBinary();
  testInfo.skip(binary === undefined, NO_BINARY);
  const app = await playwright._electron.launch({
    executablePath: binary,
    args: ['.', '--kiosk', '--interval', '2'],
    env: { ...process.env, LVYUAN_NO_DEVTOOLS: '1' },
  });
  const window = await app.firstWindow();
  await window.locator('.kiosk-root').waitFor();
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.isKiosk())).toBe(true);
  await expect(window.locator('.kiosk-root')).toHaveAttribute('data-slide-index', '1', { timeout: 10_000 });

  await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.close());
  await window.waitForTimeout(500);
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);

  const closed = app.waitForEvent('close');
  await window.keyboard.press('Control+Alt+Shift+KeyQ');
  await closed;
});
