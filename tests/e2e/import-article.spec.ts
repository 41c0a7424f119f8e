import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { runExtractCommand } from '../../electron/cli/extract-command';
import { extractArticle } from '../../electron/common/extract';
import { LANGS, type Lang } from '../../electron/common/i18n/languages';
import { t } from '../../electron/common/i18n/messages';
import { expect, isElectron, openPage, test } from './fixtures';

/**
 * File → Import article… in the preview (the header's Import article…): a fixture article read from
 * its file, its source given, every proposed figure reviewed with the keyboard (j / k / a / r / e),
 * a label edited, a section added and chosen, the proposed charts shown, then saved: the viewer now
 * shows the imported report. In each UI language. Serial (one preview serves every spec); each test
 * goes back to the bundled report when it ends.
 */
const ELECTRON_SKIP = 'The desktop app reaches the import from File → Import article…; the preview covers the same screens here.';
const FILE = join('tests', 'fixtures', 'articles', 'yongtu-q1.txt');
const TEXT = readFileSync(FILE, 'utf8');
// What the Api proposes for this article read with its year: the marks and rows to expect.
const EXTRACTION = extractArticle({ raw: TEXT, format: 'txt', date: '2023' });

test.afterEach(async ({ app }, testInfo) => {
  if (isElectron(testInfo)) return;
  await app.evaluate(() => fetch('./api/openBundledReport', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '[]' }));
});

/** The row the review has selected, by its figure number. */
async function selectedFigure(app: Page): Promise<string | null> {
  return app.locator('tr.import-fig[aria-current="true"]').getAttribute('data-figure');
}

const row = (app: Page, n: string | number): Locator => app.locator(`tr.import-fig[data-figure="${n}"]`);
const mark = (app: Page, n: string | number): Locator => app.locator(`mark.import-mark[data-figure="${n}"]`);

for (const lang of LANGS) {
  test(`imports an article, reviewed with the keyboard, and shows the saved report (${lang})`, async ({ app }, testInfo) => {
    testInfo.skip(isElectron(testInfo), ELECTRON_SKIP);
    test.setTimeout(60_000);
    await openPage(app, 'overview', lang, false);
    await app.getByRole('button', { name: t(lang, 'import.button') }).click();
    await expect(app.getByRole('heading', { level: 1 })).toHaveText(t(lang, 'import.title'));

    // Step 1: the file, read here and sent as text; the article has no dateline, so the date is asked for.
    await app.locator('[data-testid="import-article-file"]').setInputFiles(FILE);
    await expect(app.getByLabel(t(lang, 'import.pasteLabel'))).toHaveValue(TEXT);
    await app.getByRole('button', { name: t(lang, 'import.read') }).click();
    await expect(app.locator('#import-date-hint')).toContainText(t(lang, 'import.noDateline'));
    const date = app.getByLabel(t(lang, 'import.date'));
    await expect(date).toHaveValue('');
    // A date that is not one is refused in one line, before the Api is asked.
    await date.fill('2023-02-30');
    await app.getByLabel(t(lang, 'import.sourceTitle')).fill('一季度經濟運行');
    await app.getByRole('button', { name: t(lang, 'import.review') }).click();
    await expect(app.getByRole('alert')).toHaveText(t(lang, 'import.badDate'));
    await date.fill('2023');
    await app.getByLabel(t(lang, 'import.outlet')).fill('統計數據');
    await app.getByLabel(t(lang, 'import.url')).fill('http://www.yongtulingjun.cn/post_10688817.html');
    await app.getByRole('button', { name: t(lang, 'import.review') }).click();

    // Step 2: a mark per figure in the text, a row per figure in the table, the first selected.
    const count = EXTRACTION.figures.length;
    await expect(app.locator('mark.import-mark')).toHaveCount(count);
    await expect(app.locator('tr.import-fig')).toHaveCount(count);
    await expect(app.getByRole('table')).toBeVisible();
    const first = EXTRACTION.figures[0]!;
    await expect(mark(app, 1)).toHaveText(`${TEXT.slice(first.start, first.end)}1`);
    await expect(mark(app, 1)).toHaveAccessibleName(
      t(lang, 'import.markName', { n: 1, printed: first.printed, unit: first.unit, decision: t(lang, 'import.decision.proposed') }),
    );
    // A row is named by what it says: its number, value, unit and the rest of its cells.
    await expect(row(app, 1)).toHaveAccessibleName(new RegExp(`^1 ${first.printed.replace('.', '\\.')} ${first.unit}`));
    await expect(row(app, 1).locator('.import-col-value')).toHaveText(first.printed);
    await expect(row(app, 1).locator('.import-col-period')).toHaveText('2023-Q1');
    // Rows of one measure are one group, under a heading row.
    await expect(app.locator('tbody.import-group th[scope="rowgroup"]').first()).toBeVisible();

    // The table's order (groups by measure), as j and k walk it.
    const order = await app.locator('tr.import-fig').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-figure') ?? ''));
    expect(await selectedFigure(app)).toBe(order[0]);
    await app.keyboard.press('j');
    expect(await selectedFigure(app)).toBe(order[1]);
    await expect(row(app, order[1]!)).toBeFocused();
    await expect(mark(app, order[1]!)).toHaveClass(/import-selected/u);
    await app.keyboard.press('j');
    await app.keyboard.press('k');
    expect(await selectedFigure(app)).toBe(order[1]);
    await app.keyboard.press('k');
    await app.keyboard.press('k');
    expect(await selectedFigure(app)).toBe(order[0]);

    // a accepts and moves on; r rejects and moves on.
    await app.keyboard.press('a');
    await expect(row(app, order[0]!).locator('.import-col-decision')).toHaveText(t(lang, 'import.decision.accepted'));
    expect(await selectedFigure(app)).toBe(order[1]);
    await app.keyboard.press('r');
    await expect(row(app, order[1]!).locator('.import-col-decision')).toHaveText(t(lang, 'import.decision.rejected'));
    await expect(mark(app, order[1]!)).toHaveClass(/import-rejected/u);

    // e opens the row's fields, the label first; Escape cancels, Enter saves.
    expect(await selectedFigure(app)).toBe(order[2]);
    await app.keyboard.press('k');
    await app.keyboard.press('k');
    await app.keyboard.press('e');
    const label = app.getByLabel(`${t(lang, 'import.col.label')}, ${t(lang, 'import.rowName', { n: order[0]! })}`);
    await expect(label).toBeFocused();
    // Keys are text while typing: j here types, it does not move.
    await label.fill('j');
    await app.keyboard.press('Escape');
    await expect(row(app, order[0]!).locator('.import-col-label')).toHaveText(first.label);
    await expect(row(app, order[0]!)).toBeFocused();
    await app.keyboard.press('e');
    await label.fill('地區生產總值');
    await app.keyboard.press('Enter');
    await expect(row(app, order[0]!).locator('.import-col-label')).toHaveText('地區生產總值');
    await expect(row(app, order[0]!).locator('.import-col-decision')).toHaveText(t(lang, 'import.decision.edited'));
    expect(await selectedFigure(app)).toBe(order[0]);

    // Clicking a mark selects its row; clicking a row selects its mark.
    const last = order[order.length - 1]!;
    await mark(app, last).click();
    expect(await selectedFigure(app)).toBe(last);
    await row(app, order[2]!).locator('.import-col-label').click();
    await expect(mark(app, order[2]!)).toHaveClass(/import-selected/u);

    // A section of the analyst's, chosen for the edited figure; typing its name moved nothing.
    await app.getByLabel(t(lang, 'import.newSection')).fill('Industry jk');
    expect(await selectedFigure(app)).toBe(order[2]);
    await app.getByRole('button', { name: t(lang, 'import.addSection') }).click();
    await row(app, order[0]!)
      .getByLabel(`${t(lang, 'import.col.section')}, ${t(lang, 'import.rowName', { n: order[0]! })}`)
      .selectOption({ label: 'Industry jk' });

    // Every figure decided, then the charts the grammar proposes.
    await app.getByRole('button', { name: t(lang, 'import.toCharts') }).click();
    await expect(app.getByRole('alert')).toContainText(String(count - 2));
    await app.getByRole('button', { name: t(lang, 'import.acceptRest') }).click();
    await expect(app.locator('.import-summary')).toContainText(t(lang, 'import.tally', { accepted: count - 1, rejected: 1, open: 0 }));
    await app.getByRole('button', { name: t(lang, 'import.toCharts') }).click();
    await expect(app.getByRole('heading', { name: t(lang, 'import.chartsHeading') })).toBeVisible();
    await expect(app.locator('.import-page')).toHaveCount(2);
    await expect(app.locator('.import-page .figure').first()).toBeVisible();

    // Saved and opened: the viewer shows the imported report, its file named in the header.
    await app.getByRole('button', { name: t(lang, 'import.saveReport') }).click();
    await expect(app.locator('.open-current')).toHaveText(t(lang, 'open.current', { file: '一季度經濟運行-2023.json' }));
    await expect(app.locator('.nav a')).toHaveText([t(lang, 'import.defaultSection'), 'Industry jk']);
  });
}

test('refuses a file that is not text, in one line, and keeps the screen as it was', async ({ app }, testInfo) => {
  testInfo.skip(isElectron(testInfo), ELECTRON_SKIP);
  const lang: Lang = 'en';
  await openPage(app, 'overview', lang, false);
  await app.getByRole('button', { name: t(lang, 'import.button') }).click();
  await app
    .locator('[data-testid="import-article-file"]')
    .setInputFiles({ name: 'photo.txt', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]) });
  await app.getByRole('button', { name: t(lang, 'import.read') }).click();
  await expect(app.getByRole('alert')).toHaveText(`photo.txt: ${t(lang, 'import.notText')}`);
  await expect(app.getByLabel(t(lang, 'import.date'))).toHaveCount(0);
  // Closed, the viewer is as it was.
  await app.getByRole('button', { name: t(lang, 'import.close') }).click();
  await expect(app.locator('.nav')).toBeVisible();
});

test('opens a report file written by npm run extract, its figures on the page', async ({ app }, testInfo) => {
  testInfo.skip(isElectron(testInfo), ELECTRON_SKIP);
  const work = mkdtempSync(join(tmpdir(), 'lvyuan-extract-e2e-'));
  const code = await runExtractCommand(
    [join('tests', 'fixtures', 'articles', 'jiading-2024.txt'), '--date', '2025-01-20', '--out', join(work, 'jiading.json')],
    {
      cwd: process.cwd(),
      appRoot: process.cwd(),
      out: () => undefined,
      err: (line) => {
        throw new Error(line);
      },
    },
  );
  expect(code).toBe(0);
  await openPage(app, 'overview', 'zh-Hans', false);
  await app.locator('[data-testid="open-report-file"]').setInputFiles(join(work, 'jiading.json'));
  await expect(app.locator('.open-current')).toContainText('jiading.json');
  // The first section is the article's first heading; its first card is the district's value added.
  await expect(app.locator('main')).toContainText('经济运行稳中有进');
  await expect(app.locator('main')).toContainText('3,029.6亿元');
});
