import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElectronApplication } from '@playwright/test';
import { parseDataset } from '../../electron/services/dataset';
import { electronBinary } from '../../scripts/electron-binary.mjs';
import { edited, exported } from '../fixtures/workbooks';
import { dataset as raw, expect, isElectron, test } from './fixtures';

const NO_BINARY = 'No Electron binary installed (offline install with ELECTRON_SKIP_BINARY_DOWNLOAD); open-report.spec.ts covers opening in the preview.';

const load = parseDataset(raw, 'lvyuan-2025.json');
if (!load.ok) throw new Error(load.message);
const dataset = load.dataset;

/** Clicks File › <label> in the application menu, as the user would. */
async function clickMenu(app: ElectronApplication, label: string, sub?: string): Promise<void> {
  await app.evaluate(
    ({ Menu }, [wanted, child]) => {
      const file = Menu.getApplicationMenu()?.items[0]?.submenu;
      const item = file?.items.find((i) => i.label.endsWith(wanted));
      const target = child === undefined ? item : item?.submenu?.items.find((i) => i.label === child);
      target?.click();
    },
    [label, sub] as const,
  );
}

// The desktop's File menu: Open report… through the native dialog (answered here by stubbing it),
// Open recent, Bundled report, the window's title, and the last report opened again at start-up.
test('File › Open report…, Open recent and Bundled report; the last report opens again at start-up', async ({ playwright }, testInfo) => {
  testInfo.skip(!isElectron(testInfo), 'Runs in the electron project only.');
  const binary = electronBinary();
  testInfo.skip(binary === undefined, NO_BINARY);
  const userData = mkdtempSync(join(tmpdir(), 'lvyuan-open-electron-'));
  const path = join(userData, 'edited.xlsx');
  writeFileSync(path, await edited(await exported(dataset, 'en'), { 'gdp-2025': 401.5 }));
  const launch = () =>
    playwright._electron.launch({ executablePath: binary, args: ['.'], env: { ...process.env, LVYUAN_NO_DEVTOOLS: '1', LVYUAN_USER_DATA: userData } });
  try {
    let app = await launch();
    let window = await app.firstWindow();
    await app.evaluate(({ dialog }, chosen) => {
      dialog.showOpenDialog = () => Promise.resolve({ canceled: false, filePaths: [chosen] });
    }, path);
    await clickMenu(app, 'Open report...');
    await expect(window.locator('.changes-panel')).toBeVisible();
    await expect(window).toHaveTitle(/^edited\.xlsx — /u);
    await expect(window.locator('.kpi[data-figure-id="gdp-2025"] .kpi-value')).toContainText('†');

    await clickMenu(app, 'Bundled report');
    await expect(window.locator('.open-current')).toHaveCount(0);
    await clickMenu(app, 'Open recent', 'edited.xlsx');
    await expect(window.locator('.open-current')).toContainText('edited.xlsx');
    await app.close();

    // Start-up opens the last report again.
    app = await launch();
    window = await app.firstWindow();
    await expect(window.locator('.open-current')).toContainText('edited.xlsx');
    await app.close();

    // Gone: the bundled report, and a notice naming the file.
    rmSync(path);
    app = await launch();
    window = await app.firstWindow();
    await expect(window.locator('.start-notice')).toContainText('edited.xlsx');
    await expect(window.locator('.open-current')).toHaveCount(0);
    await app.close();
  } finally {
    rmSync(userData, { recursive: true, force: true });
  }
});
