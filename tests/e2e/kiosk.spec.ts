import type { Page } from '@playwright/test';
import { axisModels, drawnPoints } from '../../electron/common/charts/axes';
import { besideLines } from '../../electron/common/charts/notes';
import { isCanvasKind } from '../../electron/common/charts/kinds';
import { chartById, chartsOf } from '../../electron/common/charts/registry';
import { LANGS, type Lang } from '../../electron/common/i18n/languages';
import { t } from '../../electron/common/i18n/messages';
import { chartSourceLine, primarySource } from '../../electron/common/sources';
import { dataset, expect, isElectron, test } from './fixtures';
import { KIOSK_PIN } from './kiosk-settings';

const ELECTRON_KIOSK = 'The Electron kiosk starts with --kiosk on a real display; these specs drive #/kiosk in the preview.';

/**
 * The show's slides: the test's kiosk.json names none, so the report's playlist, else every chart
 * of the report in the viewer's order.
 */
const CHARTS = (dataset.kiosk.playlist ?? chartsOf(dataset).map((c) => c.id)).map((id) => {
  const chart = chartById(dataset, id);
  if (!chart) throw new Error(`the report's playlist names no chart ${id}`);
  return chart;
});
/** Where leaving the show goes: the report's first section. */
const FIRST_PAGE = `#/${dataset.sections[0]!.id}`;

type Seen = { slide: string; lang: string; text: string; footer: string; canvas: string };

/** Opens the show with a short interval; `seen` records every slide as it comes up. */
async function openShow(app: Page, interval: number, lang: Lang = 'zh-Hant'): Promise<void> {
  await app.goto(`./?lang=${lang}&interval=${interval}#/kiosk`);
  await app.locator('.kiosk-root').waitFor();
  await app.evaluate(() => {
    const root = document.querySelector<HTMLElement>('.kiosk-root');
    const seen: Seen[] = [];
    (window as unknown as { seen: Seen[] }).seen = seen;
    if (!root) return;
    const record = () => {
      const canvas = root.querySelector<HTMLCanvasElement>('.kiosk-chart-stage:not(.is-empty) .is-current canvas');
      const slide = root.dataset.slide ?? '';
      if (seen.at(-1)?.slide !== slide)
        seen.push({
          slide,
          lang: root.dataset.lang ?? '',
          text: root.innerText,
          footer: root.querySelector<HTMLElement>('.kiosk-slide-footer')?.innerText ?? '',
          canvas: canvas?.getAttribute('aria-label') ?? '',
        });
    };
    record();
    new MutationObserver(record).observe(root, { attributes: true, attributeFilter: ['data-slide'] });
  });
}

async function seen(app: Page): Promise<Seen[]> {
  return app.evaluate(() => (window as unknown as { seen: Seen[] }).seen);
}

const root = (app: Page) => app.locator('.kiosk-root');

test('shows every chart in order with its figures and source, then the next round in the next language', async ({ app }, testInfo) => {
  testInfo.skip(isElectron(testInfo), ELECTRON_KIOSK);
  test.setTimeout(90_000);
  await openShow(app, 0.5);
  await expect.poll(async () => (await seen(app)).length, { timeout: 60_000, intervals: [250] }).toBeGreaterThan(CHARTS.length);
  const shown = await seen(app);
  expect(shown.slice(0, CHARTS.length).map((s) => s.slide)).toEqual(CHARTS.map((c) => c.id));
  expect(shown[CHARTS.length]?.slide).toBe(CHARTS[0]?.id);
  // lang "cycle" in the test settings: the first round in the viewer's language, then the next.
  expect(new Set(shown.slice(0, CHARTS.length).map((s) => s.lang))).toEqual(new Set(['zh-Hant']));
  expect(shown[CHARTS.length]?.lang).toBe(LANGS[1]);

  for (const [i, chart] of CHARTS.entries()) {
    const slide = shown[i]!;
    const model = chart.build(dataset, 'zh-Hant');
    expect(slide.text, chart.id).toContain(model.title);
    expect(slide.footer, `${chart.id}: source line`).toContain(chartSourceLine(dataset, model, 'zh-Hant', 'figure'));
    expect(slide.footer, `${chart.id}: source`).toContain(primarySource(dataset).title['zh-Hant']);
    expect(slide.text, `${chart.id}: slide n / N`).toContain(t('zh-Hant', 'kiosk.slideOf', { n: i + 1, total: CHARTS.length }));
    const where = isCanvasKind(model.kind) ? slide.canvas : slide.text;
    for (const point of drawnPoints(model)) expect(where, `${chart.id}: ${point.category}`).toContain(point.display);
    for (const block of model.text ?? []) expect(slide.text).toContain(block.heading);
    // The brand strip names the area and the report; what the chart states beside it is written out, each line once.
    expect(slide.text, `${chart.id}: brand strip`).toContain(`${dataset.meta.area['zh-Hant']} · ${t('zh-Hant', 'app.title')}`);
    for (const line of besideLines(model)) expect(slide.footer.split(line).length - 1, `${chart.id}: ${line}`).toBe(1);
  }
  // Charts are updated in place: the same Chart.js instances, one per kind of chart, round after round.
  const ids = async () => (await root(app).getAttribute('data-chart-ids'))?.split(' ') ?? [];
  const afterOneRound = await ids();
  // One canvas per kind drawn on a canvas (one per panel for small multiples), however many charts of that kind the show has.
  const canvases = new Map<string, number>();
  for (const chart of CHARTS) {
    const model = chart.build(dataset, 'zh-Hant');
    if (isCanvasKind(model.kind)) canvases.set(model.kind, Math.max(canvases.get(model.kind) ?? 0, axisModels(model).length));
  }
  expect(afterOneRound).toHaveLength([...canvases.values()].reduce((sum, n) => sum + n, 0));
  await expect.poll(async () => (await seen(app)).length, { timeout: 30_000 }).toBeGreaterThan(CHARTS.length + 12);
  expect(await ids()).toEqual(afterOneRound);
});

test('arrow keys and clicks move, space pauses and resumes, and a paused show resumes by itself', async ({ app }, testInfo) => {
  testInfo.skip(isElectron(testInfo), ELECTRON_KIOSK);
  test.setTimeout(60_000);
  await openShow(app, 600);
  const index = async () => Number(await root(app).getAttribute('data-slide-index'));
  await expect.poll(index).toBe(0);
  await app.keyboard.press('ArrowRight');
  await expect.poll(index).toBe(1);
  await app.keyboard.press('ArrowRight');
  await app.keyboard.press('ArrowLeft');
  await expect.poll(index).toBe(1);
  await app.keyboard.press('ArrowLeft');
  await app.keyboard.press('ArrowLeft');
  await expect.poll(index).toBe(CHARTS.length - 1);
  await app.mouse.click(1000, 300);
  await expect.poll(index).toBe(0);
  await app.mouse.click(50, 300);
  await expect.poll(index).toBe(CHARTS.length - 1);

  await app.goto('./?lang=en&interval=0.5#/kiosk');
  await root(app).waitFor();
  await app.keyboard.press(' ');
  await expect(root(app)).toHaveAttribute('data-paused', 'true');
  await expect(app.getByText(t('en', 'kiosk.paused'))).toBeVisible();
  const paused = await index();
  await app.waitForTimeout(1500);
  expect(await index(), 'no slide change while paused').toBe(paused);
  await app.keyboard.press(' ');
  await expect(root(app)).toHaveAttribute('data-paused', 'false');
  await expect.poll(index, { timeout: 5000 }).not.toBe(paused);

  // resumeAfterSeconds is 5 in the test settings.
  await app.keyboard.press(' ');
  await expect(root(app)).toHaveAttribute('data-paused', 'true');
  await expect(root(app)).toHaveAttribute('data-paused', 'false', { timeout: 8000 });
});

test('hides the cursor when the pointer rests, and shows it when it moves', async ({ app }, testInfo) => {
  testInfo.skip(isElectron(testInfo), ELECTRON_KIOSK);
  await openShow(app, 600);
  const cursor = () => root(app).evaluate((el) => getComputedStyle(el).cursor);
  await app.mouse.move(600, 400);
  expect(await cursor()).not.toBe('none');
  // hideCursorAfterSeconds is 1 in the test settings.
  await expect.poll(cursor, { timeout: 4000 }).toBe('none');
  await app.mouse.move(620, 420);
  await expect.poll(cursor).not.toBe('none');
});

test('Esc does not leave while locked; a wrong PIN is refused; the right PIN or the chord leaves', async ({ app }, testInfo) => {
  testInfo.skip(isElectron(testInfo), ELECTRON_KIOSK);
  test.setTimeout(45_000);
  await openShow(app, 600, 'en');
  await app.keyboard.press('Escape');
  const lock = app.getByRole('dialog', { name: t('en', 'kiosk.pinPrompt') });
  await expect(lock).toBeVisible();
  await app.keyboard.press('Escape');
  await expect(lock).toBeHidden();
  expect(new URL(app.url()).hash).toBe('#/kiosk');
  await expect(root(app)).toBeVisible();

  // Left open, the keypad holds the show still, then closes by itself (resumeAfterSeconds: 5).
  await app.goto('./?lang=en&interval=0.5#/kiosk');
  await root(app).waitFor();
  await app.keyboard.press('Escape');
  await expect(lock).toBeVisible();
  const held = await root(app).getAttribute('data-slide-index');
  await app.waitForTimeout(1500);
  expect(await root(app).getAttribute('data-slide-index')).toBe(held);
  await expect(lock).toBeHidden({ timeout: 8000 });

  await app.keyboard.press('Escape');
  await lock.getByRole('textbox').or(lock.locator('input')).fill('1111');
  await lock.getByRole('button', { name: t('en', 'kiosk.pinSubmit') }).click();
  await expect(lock.getByRole('alert')).toHaveText(t('en', 'kiosk.pinWrong'));
  expect(new URL(app.url()).hash).toBe('#/kiosk');

  await lock.locator('input').fill(KIOSK_PIN);
  await lock.getByRole('button', { name: t('en', 'kiosk.pinSubmit') }).click();
  await expect.poll(() => new URL(app.url()).hash).toBe(FIRST_PAGE);
  await expect(root(app)).toHaveCount(0);
  await expect(app.locator('.app-header')).toBeVisible();

  await openShow(app, 600, 'en');
  await app.keyboard.press('Control+Alt+Shift+KeyQ');
  await expect.poll(() => new URL(app.url()).hash).toBe(FIRST_PAGE);
});

test('is legible from 3 m on a 1080-line screen: chart text at least 32 px, notes and source at least 28 px, a brand strip', async ({ app }, testInfo) => {
  testInfo.skip(isElectron(testInfo), ELECTRON_KIOSK);
  await app.setViewportSize({ width: 1920, height: 1080 });
  await openShow(app, 3600);
  for (let i = 0; i < CHARTS.length; i += 1) {
    const canvas = app.locator('.kiosk-chart-stage:not(.is-empty) .is-current canvas').first();
    if ((await canvas.count()) > 0) {
      // The chart's text size; its smallest text (axis ticks) is two pixels under it.
      expect(Number(await canvas.getAttribute('data-font-size')) - 2, (await root(app).getAttribute('data-slide')) ?? '').toBeGreaterThanOrEqual(32);
    }
    for (const selector of ['.kiosk-source', '.kiosk-notes', '.kiosk-brand']) {
      for (const size of await app
        .locator(`.kiosk-slide ${selector}`)
        .evaluateAll((els) => els.map((el) => Number.parseFloat(getComputedStyle(el).fontSize)))) {
        expect(size, selector).toBeGreaterThanOrEqual(28);
      }
    }
    await app.keyboard.press('ArrowRight');
  }
});
