import { defineConfig } from '@playwright/test';
import { KIOSK_SETTINGS } from './tests/e2e/kiosk-settings';
import { EXPORT_DIR } from './tests/e2e/export-dir';
import { SECOND_REPORT, SECOND_REPORT_PORT } from './tests/e2e/second-report';

const PORT = Number(process.env.LVYUAN_E2E_PORT ?? 4399);

/** Debian's Chromium: Playwright cannot download its own browser on this machine. */
const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};

/**
 * The same specs run twice: in Debian's Chromium against `npm run preview`, and in the real
 * Electron app (each spec skips there, with the reason, when no Electron binary is installed).
 */
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/summary/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    viewport: { width: 1280, height: 720 },
    locale: 'zh-TW',
  },
  webServer: [
    {
      command: `node scripts/run-built.mjs preview/main.mjs --port ${PORT}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      stdout: 'pipe',
      timeout: 120_000,
      // The preview has no save dialog: it saves here, where export.spec.ts reads the workbooks back;
      // its Save as PDF prints with the same Chromium.
      env: { LVYUAN_EXPORT_DIR: EXPORT_DIR, LVYUAN_KIOSK_SETTINGS: KIOSK_SETTINGS, LVYUAN_CHROMIUM: chromium.executablePath },
    },
    {
      // A second report, hand-written from another article, on every surface (second-report.spec.ts).
      command: `node scripts/run-built.mjs preview/main.mjs --port ${SECOND_REPORT_PORT} --dataset ${SECOND_REPORT}`,
      url: `http://127.0.0.1:${SECOND_REPORT_PORT}/`,
      reuseExistingServer: false,
      stdout: 'pipe',
      timeout: 120_000,
      env: { LVYUAN_EXPORT_DIR: EXPORT_DIR, LVYUAN_CHROMIUM: chromium.executablePath },
    },
  ],
  projects: [
    { name: 'chromium', use: { browserName: 'chromium', launchOptions: chromium } },
    // The electron project drives _electron windows; Debian's Chromium is named only so that the
    // (unused) default page fixture can start without a Playwright-downloaded browser.
    { name: 'electron', use: { browserName: 'chromium', launchOptions: chromium } },
  ],
});
