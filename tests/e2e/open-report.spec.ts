import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { formatFigure } from '../../electron/common/format';
import { parseDataset } from '../../electron/services/dataset';
import { badWorkbooks, edited, exported } from '../fixtures/workbooks';
import { dataset as raw, expect, isElectron, openPage, test } from './fixtures';

/**
 * Open… in the preview's header: an exported workbook edited elsewhere opens as the report, with
 * the changes panel and every edited value marked revised; a bad file leaves the screen as it was
 * and says in one line what is wrong; the bundled report comes back. Serial (one preview serves
 * every spec), and each test goes back to the bundled report when it ends.
 */
const ELECTRON_SKIP = 'The desktop app opens a report with File → Open report…; its menu specs are in app.spec.ts. The preview covers the flow here.';

const load = parseDataset(raw, 'lvyuan-2025.json');
if (!load.ok) throw new Error(load.message);
const dataset = load.dataset;
const work = mkdtempSync(join(tmpdir(), 'lvyuan-open-'));

const gdp = dataset.figures.find((f) => f.id === 'gdp-2025');
const area = dataset.figures.find((f) => f.id === 'district-area');
if (!gdp || !area) throw new Error('the bundled report has gdp-2025 and district-area');

async function chooseFile(app: Page, path: string): Promise<void> {
  await app.locator('[data-testid="open-report-file"]').setInputFiles(path);
}

test.afterEach(async ({ app }, testInfo) => {
  if (isElectron(testInfo)) return;
  // Back to the bundled report for the specs after this one.
  await app.evaluate(() => fetch('./api/openBundledReport', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '[]' }));
});

test('opens an edited workbook: the changes panel, the revised marks, then back to the bundled report', async ({ app }, testInfo) => {
  testInfo.skip(isElectron(testInfo), ELECTRON_SKIP);
  const path = join(work, 'edited.xlsx');
  writeFileSync(path, await edited(await exported(dataset, 'en'), { [gdp.id]: 401.5, [area.id]: 250 }));
  await openPage(app, 'overview', 'en', false);
  await chooseFile(app, path);

  // The page reloads on the new report: the header names the file, the title leads with it.
  await expect(app.locator('.open-current')).toHaveText('Report: edited.xlsx');
  await expect(app).toHaveTitle(/^edited\.xlsx — /u);
  const panel = app.locator('.changes-panel');
  await expect(panel.locator('h2')).toHaveText('What opening edited.xlsx changed');
  const was = (figure: typeof gdp, value: number) => `${formatFigure(figure, 'en')} → ${formatFigure({ ...figure, value }, 'en')}`;
  await expect(panel.locator(`li[data-figure-id="${gdp.id}"] .change-values`)).toHaveText(was(gdp, 401.5));
  await expect(panel.locator(`li[data-figure-id="${area.id}"] .change-values`)).toHaveText(was(area, 250));
  await expect(panel.locator('h3')).toHaveText(['Changed (2)']);

  // The cards carry †, and a line beside them says from what, from which file and when.
  await app.waitForFunction(() => document.documentElement.dataset.drawnPage === 'overview');
  await expect(app.locator(`.kpi[data-figure-id="${gdp.id}"] .kpi-value`)).toHaveText(`${formatFigure({ ...gdp, value: 401.5 }, 'en')}†`);
  // Playwright's text matchers take no u flag.
  await expect(app.locator('main')).toContainText(
    /† GDP: revised from CNY 39\.1 bn \(the source's value\) to CNY 40\.15 bn, read from edited\.xlsx on \d{4}-\d{2}-\d{2}/,
  );

  // Closed, the panel stays closed on this report.
  await panel.getByRole('button', { name: 'Close' }).click();
  await expect(panel).toHaveCount(0);
  await app.reload();
  await expect(app.locator('.open-current')).toBeVisible();
  await expect(app.locator('.changes-panel')).toHaveCount(0);

  // Back to the bundled report: no file named, the article's values.
  await app.getByRole('button', { name: 'Bundled report' }).click();
  await expect(app.locator('.open-current')).toHaveCount(0);
  await expect(app.locator(`.kpi[data-figure-id="${gdp.id}"] .kpi-value`)).toHaveText(formatFigure(gdp, 'en'));
});

for (const bad of badWorkbooks(dataset)) {
  test(`${bad.name}: ${bad.opens ? 'opens, and the panel says what was left out' : 'leaves the screen as it was and says in one line what is wrong'}`, async ({
    app,
  }, testInfo) => {
    testInfo.skip(isElectron(testInfo), ELECTRON_SKIP);
    test.setTimeout(60_000);
    const path = join(work, bad.name);
    writeFileSync(path, await bad.bytes());
    await openPage(app, 'overview', 'en', false);
    // A mark on the page as it is: a reload would lose it.
    await app.evaluate(() => {
      document.body.dataset.before = 'yes';
    });
    await chooseFile(app, path);
    if (bad.opens) {
      await expect(app.locator('.open-current')).toHaveText(`Report: ${bad.name}`);
      if (bad.says.source !== '^$')
        await expect(app.locator('.changes-notice')).toHaveText(new RegExp(`^${bad.name.replace('.', '\\.')}: ${bad.says.source}`, 'u'));
      return;
    }
    const alert = app.getByRole('alert');
    await expect(alert).toHaveText(bad.says);
    await expect(alert).toContainText(bad.name);
    expect(((await alert.textContent()) ?? '').length).toBeLessThanOrEqual(200);
    // The screen as it was: the same page, not reloaded, the bundled report.
    expect(await app.evaluate(() => document.body.dataset.before)).toBe('yes');
    await expect(app.locator('.open-current')).toHaveCount(0);
  });
}
