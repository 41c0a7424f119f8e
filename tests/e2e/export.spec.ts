import ExcelJS from 'exceljs';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { LANGS, type Lang } from '../../electron/common/i18n/languages';
import { t } from '../../electron/common/i18n/messages';
import { EXPORT_DIR } from './export-dir';
import { expect, isElectron, openPage, test } from './fixtures';

const NATIVE_DIALOG =
  'In Electron the export asks for a path in the native save dialog, which Playwright cannot answer; the chromium project covers the flow against the preview, and the unit tests cover the Api behind it.';

/** The local date as in the offered file name. */
function today(): string {
  const now = new Date();
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
}

test.beforeAll(() => {
  // Written by the preview server (LVYUAN_EXPORT_DIR in playwright.config.ts); it recreates the folder.
  rmSync(EXPORT_DIR, { recursive: true, force: true });
});

for (const lang of LANGS) {
  test(`exports the Excel report from the header in ${lang}, with progress, then the file`, async ({ app }, testInfo) => {
    testInfo.skip(isElectron(testInfo), NATIVE_DIALOG);
    await openPage(app, 'overview', lang, false);
    // Hold the request a moment, so that the progress state is on screen long enough to be seen for sure.
    await app.route('**/api/exportWorkbook', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 600));
      await route.continue();
    });

    const button = app.locator('.app-header').getByRole('button', { name: t(lang, 'export.button') });
    const status = app.getByRole('status');
    await button.click();
    await expect(status).toContainText(t(lang, 'export.working'));
    await expect(status.getByRole('progressbar')).toBeVisible();
    await expect(button).toBeDisabled();

    const fileName = `${t(lang, 'app.title').replaceAll(' ', '-')}-${today()}-${lang}.xlsx`;
    await expect(status).toContainText(t(lang, 'export.done', { file: fileName }), { timeout: 30_000 });
    await expect(status.getByRole('progressbar')).toHaveCount(0);
    await expect(status).toContainText(/\d+/u);
    await expect(button).toBeEnabled();

    const path = join(EXPORT_DIR, fileName);
    expect(existsSync(path), `${path} was written`).toBe(true);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const first = workbook.worksheets[0];
    expect(first?.getCell('A1').value).toBe(t(lang, 'app.title'));

    // The preview cannot open files on the desktop; it says so, and where the file is.
    await status.getByRole('button', { name: t(lang, 'export.open'), exact: true }).click();
    await expect(status).toContainText(t(lang, 'export.desktopOnly', { path }));
    await expect(status).toContainText(path);

    await status.getByRole('button', { name: t(lang, 'export.dismiss') }).click();
    // An empty live region is hidden, and so not in the accessibility tree.
    await expect(status).toBeHidden();
    await expect(button).toBeFocused();
  });
}

test('shows why an export failed, as an alert, and can start again', async ({ app }, testInfo) => {
  testInfo.skip(isElectron(testInfo), NATIVE_DIALOG);
  const lang: Lang = 'en';
  await openPage(app, 'overview', lang, false);
  // What the main process answers when Excel holds the file open (see services/files.ts).
  const message = '"report.xlsx" is open in another program (Excel?). Close it and export again; the existing file was not changed.';
  await app.route('**/api/exportWorkbook', (route) => route.fulfill({ json: { ok: false, message } }));
  const button = app.getByRole('button', { name: t(lang, 'export.button') });
  await button.click();
  const alert = app.getByRole('alert');
  await expect(alert).toContainText(t(lang, 'export.failed'));
  await expect(alert).toContainText(message);
  await expect(button).toBeEnabled();
  await alert.getByRole('button', { name: t(lang, 'export.dismiss') }).click();
  await expect(alert).toBeHidden();
});

test('says briefly that a cancelled export was cancelled', async ({ app }, testInfo) => {
  testInfo.skip(isElectron(testInfo), NATIVE_DIALOG);
  await openPage(app, 'overview', 'zh-Hant', false);
  await app.route('**/api/exportWorkbook', (route) => route.fulfill({ json: { ok: false, cancelled: true } }));
  await app.getByRole('button', { name: t('zh-Hant', 'export.button') }).click();
  await expect(app.getByRole('status')).toHaveText(t('zh-Hant', 'export.cancelled'));
  await expect(app.getByRole('status')).toBeHidden({ timeout: 8000 });
});

test('keeps a running export, and then its result, across a language switch', async ({ app }, testInfo) => {
  testInfo.skip(isElectron(testInfo), NATIVE_DIALOG);
  await openPage(app, 'overview', 'zh-Hant', false);
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await app.route('**/api/exportWorkbook', async (route) => {
    await held;
    await route.fulfill({ json: { ok: true, path: '/tmp/r.xlsx', fileName: 'r.xlsx', bytes: 1, sheets: 12, charts: 17, ms: 1 } });
  });
  await app.getByRole('button', { name: t('zh-Hant', 'export.button') }).click();
  await app.locator('.lang-switch button[lang="en"]').click();
  const button = app.getByRole('button', { name: t('en', 'export.button') });
  // Still running after the switch: no second export can start.
  await expect(button).toBeDisabled();
  release();
  await expect(app.getByRole('status')).toContainText(t('en', 'export.done', { file: 'r.xlsx' }));
});
