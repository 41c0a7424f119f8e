import { test as base, expect, _electron, type Page } from '@playwright/test';
import { electronBinary } from '../../scripts/electron-binary.mjs';

type Fixtures = {
  /** The app's window: a Chromium tab on the preview, or the first Electron window. */
  app: Page;
};

const LOCAL = /^(?:https?:\/\/127\.0\.0\.1[:/]|file:|data:|blob:|devtools:|about:blank)/u;

export const test = base.extend<Fixtures>({
  app: async ({ page }, use, testInfo) => {
    if (testInfo.project.name !== 'electron') {
      const requests: string[] = [];
      page.on('request', (request) => {
        if (!LOCAL.test(request.url())) requests.push(request.url());
      });
      await use(page);
      expect(requests, 'requests that left 127.0.0.1').toEqual([]);
      return;
    }
    const binary = electronBinary();
    testInfo.skip(binary === undefined, 'No Electron binary installed (offline install with ELECTRON_SKIP_BINARY_DOWNLOAD); the chromium project covers this spec.');
    const electronApp = await _electron.launch({ executablePath: binary, args: ['.'], env: { ...process.env, LVYUAN_NO_DEVTOOLS: '1' } });
    const window = await electronApp.firstWindow();
    const requests: string[] = [];
    window.on('request', (request) => {
      if (!LOCAL.test(request.url())) requests.push(request.url());
    });
    await use(window);
    await electronApp.close();
    expect(requests, 'requests that left the machine').toEqual([]);
  },
});

/** Opens a route: a hash path on the preview, the same hash inside the Electron window. */
export async function openRoute(app: Page, route: string, isElectron: boolean): Promise<void> {
  if (isElectron) {
    await app.evaluate((hash) => {
      window.location.hash = hash;
    }, route);
  } else {
    await app.goto(route === '' ? './' : `./#${route}`);
  }
}

export { expect };
