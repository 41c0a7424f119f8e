import type { Page } from '@playwright/test';
import { chartsOnPage } from '../../electron/common/charts/registry';
import { LANGS, type Lang } from '../../electron/common/i18n/languages';
import { t } from '../../electron/common/i18n/messages';
import { dataset, expect, isElectron, openPage, test } from './fixtures';

const PAGES = dataset.sections.map((s) => s.id);
/** The report's first section: where an address without a page, or with one the report lacks, lands. */
const FIRST = PAGES[0]!;
const PREVIEW_ONLY = 'The Electron window loads its files from disk; /favicon.ico is the preview server’s.';

/**
 * Opens an address (#/<page>[/<chart-id>]) in a language: the preview loads it, as a bookmark or a
 * typed address would; the Electron window follows it like a link, after choosing the language (a
 * click on the switch would take the focus away from the chart).
 */
async function openAddress(app: Page, hash: string, lang: Lang, electron: boolean): Promise<void> {
  if (electron) {
    await app.locator(`.lang-switch button[lang="${lang}"]`).click();
    await app.evaluate((h) => {
      window.location.hash = h;
    }, hash);
  } else {
    await app.goto(`./?lang=${lang}${hash}`);
  }
}

const drawn = (app: Page, page: string) => app.waitForFunction((id) => document.documentElement.dataset.drawnPage === id, page);
const hashOf = (app: Page) => new URL(app.url()).hash;

function title(page: string, lang: Lang): string {
  const label = page === 'kiosk' ? t(lang, 'kiosk.label') : dataset.sections.find((s) => s.id === page)!.title[lang];
  return `${label} · ${t(lang, 'app.title')} · ${t(lang, 'app.otherTitle')}`;
}

test('a chart’s address shows its page, with the chart’s card in view and focused', async ({ app }, testInfo) => {
  await openAddress(app, '#/innovation/srdi-tiers', 'en', isElectron(testInfo));
  await drawn(app, 'innovation');
  await expect(app.locator('#page-title')).toHaveText('Innovation');
  const card = app.locator('#chart-srdi-tiers');
  await expect(card).toHaveAttribute('data-figure', 'srdi-tiers');
  await expect(card).toBeFocused();
  await expect(card).toBeInViewport();
  expect(hashOf(app)).toBe('#/innovation/srdi-tiers');
  await expect(app.locator('.nav a[aria-current="page"]')).toHaveText('Innovation');
});

test('the last chart of a page is scrolled to, and a link to another chart of the same page moves there', async ({ app }, testInfo) => {
  const [first, ...rest] = chartsOnPage(dataset, 'innovation').map((c) => c.id);
  const last = rest.at(-1)!;
  await openAddress(app, `#/innovation/${last}`, 'zh-Hant', isElectron(testInfo));
  await drawn(app, 'innovation');
  await expect(app.locator(`#chart-${last}`)).toBeFocused();
  await expect(app.locator(`#chart-${last}`)).toBeInViewport();
  await expect.poll(() => app.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  // A link to a chart on the page already shown: no new drawing, the card is brought up at once.
  await app.evaluate((hash) => {
    window.location.hash = hash;
  }, `#/innovation/${first}`);
  await expect(app.locator(`#chart-${first}`)).toBeFocused();
  await expect(app.locator(`#chart-${first}`)).toBeInViewport();
  // …and from another page, once that page has drawn.
  await app.evaluate(() => {
    window.location.hash = '#/overview';
  });
  await drawn(app, 'overview');
  await app.evaluate((hash) => {
    window.location.hash = hash;
  }, `#/innovation/${last}`);
  await drawn(app, 'innovation');
  await expect(app.locator(`#chart-${last}`)).toBeFocused();
  await expect(app.locator(`#chart-${last}`)).toBeInViewport();
});

test('a chart that is not on the page shows the page and corrects the address', async ({ app }, testInfo) => {
  for (const hash of ['#/innovation/nope', '#/overview/srdi-tiers']) {
    const page = hash.split('/')[1]!;
    await openAddress(app, hash, 'en', isElectron(testInfo));
    await drawn(app, page);
    await expect.poll(() => hashOf(app)).toBe(`#/${page}`);
    await expect(app.locator('#page-title')).toHaveText(dataset.sections.find((s) => s.id === page)!.title.en);
  }
});

test('an unknown route lands on the report’s first section, the address corrected and left out of the history', async ({ app }, testInfo) => {
  expect(FIRST).toBe('overview');
  await openPage(app, 'innovation', 'en', isElectron(testInfo));
  // A section the report does not have, a chart address of one, a chart address too long, a malformed page.
  for (const [hash, fixed] of [
    ['#/nope', `#/${FIRST}`],
    ['#/nope/srdi-tiers', `#/${FIRST}`],
    ['#/overview/nope/x', '#/overview'],
    ['#/Nope', ''],
  ] as const) {
    await app.evaluate((h) => {
      window.location.hash = h;
    }, hash);
    await drawn(app, FIRST);
    await expect.poll(() => hashOf(app), hash).toBe(fixed);
    await expect(app.locator('#page-title')).toHaveText('Overview');
    await expect(app.locator('.nav a[aria-current="page"]')).toHaveText('Overview');
    // Back goes to the page before, never to the bad address (it was replaced, not added).
    await app.evaluate(() => window.history.back());
    await drawn(app, 'innovation');
    expect(hashOf(app)).toBe('#/innovation');
  }
  if (!isElectron(testInfo)) {
    // Opened as a bookmark: the report is not known until it comes, then the address is corrected.
    await app.goto('./?lang=en#/nope');
    await drawn(app, FIRST);
    await expect.poll(() => hashOf(app)).toBe(`#/${FIRST}`);
    await expect(app.locator('#page-title')).toHaveText('Overview');
    expect(new URL(app.url()).searchParams.get('lang')).toBe('en');
  }
});

test('an address without a page shows the report’s first section and is left as it is', async ({ app }, testInfo) => {
  testInfo.skip(isElectron(testInfo), 'The Electron window opens on its own address; the preview loads the bare one.');
  await app.goto('./?lang=en');
  await drawn(app, FIRST);
  await expect(app.locator('#page-title')).toHaveText('Overview');
  await expect(app.locator('.nav a[aria-current="page"]')).toHaveText('Overview');
  expect(hashOf(app)).toBe('');
  await expect(app).toHaveTitle(title(FIRST, 'en'));
});

for (const lang of LANGS) {
  test(`the document title names the page, in ${lang}`, async ({ app }, testInfo) => {
    for (const page of PAGES) {
      await openPage(app, page, lang, isElectron(testInfo));
      await expect(app).toHaveTitle(title(page, lang));
    }
    await openAddress(app, '#/innovation/srdi-tiers', lang, isElectron(testInfo));
    await expect(app).toHaveTitle(title('innovation', lang));
    if (!isElectron(testInfo)) {
      await app.goto(`./?lang=${lang}&interval=60#/kiosk`);
      await app.locator('.kiosk-root').waitFor();
      await expect(app).toHaveTitle(title('kiosk', lang));
    }
  });
}

test('every page, chart address and the presentation load without a console error or a failed request', async ({ app }, testInfo) => {
  const problems: string[] = [];
  app.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()} (${message.location().url})`);
  });
  app.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  app.on('requestfailed', (request) => {
    // ERR_ABORTED: the test's next navigation cut a request short (the tab's favicon, fetched after load).
    const error = request.failure()?.errorText ?? '';
    if (error !== 'net::ERR_ABORTED') problems.push(`failed: ${request.url()} ${error}`);
  });
  let icons = 0;
  app.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()}: ${response.url()}`);
    else if (/\/assets\/favicon-[\w-]+\.png$/u.test(response.url())) icons += 1;
  });
  const electron = isElectron(testInfo);
  // Each load's requests end before the next load.
  const settle = () => (electron ? Promise.resolve() : app.waitForLoadState('networkidle'));
  for (const lang of LANGS) {
    for (const page of PAGES) {
      await openPage(app, page, lang, electron);
      await settle();
    }
  }
  for (const chart of chartsOnPage(dataset, 'green')) {
    await openAddress(app, `#/green/${chart.id}`, 'en', electron);
    await drawn(app, 'green');
    await settle();
  }
  if (!electron) {
    await app.goto('./?lang=en&interval=60#/kiosk');
    await app.locator('.kiosk-root').waitFor();
    await settle();
  }
  expect(problems).toEqual([]);
  if (!electron) expect(icons, 'favicon responses').toBeGreaterThan(0);
});

test('the preview answers /favicon.ico with the app icon that the page links', async ({ app }, testInfo) => {
  testInfo.skip(isElectron(testInfo), PREVIEW_ONLY);
  await openPage(app, 'overview', 'en', false);
  const href = await app.locator('link[rel="icon"]').getAttribute('href');
  expect(href).toMatch(/^\.\/assets\/favicon-[\w-]+\.png$/u);
  const linked = await app.request.get(new URL(href!, app.url()).href);
  const ico = await app.request.get('/favicon.ico');
  for (const response of [linked, ico]) {
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
  }
  expect((await ico.body()).equals(await linked.body())).toBe(true);
});
