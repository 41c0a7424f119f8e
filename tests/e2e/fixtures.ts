import { test as base, expect, _electron, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { Dataset } from '../../electron/common/dataset';
import type { Lang } from '../../electron/common/i18n/languages';
import { electronBinary } from '../../scripts/electron-binary.mjs';

type Fixtures = {
  /** The app's window: a Chromium tab on the preview, or the first Electron window. */
  app: Page;
};

// The app's own origin (app://lvyuan/ in Electron, the preview on 127.0.0.1), and what a page makes itself.
const LOCAL = /^(?:https?:\/\/127\.0\.0\.1[:/]|app:\/\/lvyuan\/|data:|blob:|devtools:|about:blank)/u;

export const dataset = JSON.parse(readFileSync('resources/dataset/lvyuan-2025.json', 'utf8')) as Dataset;

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
    testInfo.skip(
      binary === undefined,
      'No Electron binary installed (offline install with ELECTRON_SKIP_BINARY_DOWNLOAD); the chromium project covers this spec.',
    );
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

export function isElectron(testInfo: { project: { name: string } }): boolean {
  return testInfo.project.name === 'electron';
}

/** Opens a page in a language and waits until its charts have drawn. */
export async function openPage(app: Page, page: string, lang: Lang, electron: boolean): Promise<void> {
  if (electron) {
    await app.evaluate((hash) => {
      window.location.hash = hash;
    }, `#/${page}`);
    await app.locator(`.lang-switch button[lang="${lang}"]`).click();
  } else {
    await app.goto(`./?lang=${lang}#/${page}`);
  }
  await app.waitForFunction((id) => document.documentElement.dataset.drawnPage === id, page);
}

export { expect };
